using Microsoft.Extensions.DependencyInjection;

namespace SmeOnboard.Core.Features.Audit;

public static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddAuditLog(this IServiceCollection services) => services.AddScoped<AuditLog>();
}
