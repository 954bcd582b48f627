using Microsoft.Extensions.DependencyInjection;

namespace SmeOnboard.Core.Features.Vouchers.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>Programme reports for officers: the dashboard's figures and their CSV.</summary>
    public static IServiceCollection AddProgrammeReports(this IServiceCollection services) => services
        .AddScoped<ProgrammeReportStore>();
}
