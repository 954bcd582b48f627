using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SmeOnboard.Core.Features.Email;

public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>()
            .BindConfiguration(EmailOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<PickupFolderMailSender>();
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<IMailSender>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.UsesSmtp
            ? sp.GetRequiredService<SmtpMailSender>()
            : sp.GetRequiredService<PickupFolderMailSender>());
        services.AddSingleton<PickupFolderReader>();
        return services;
    }
}
