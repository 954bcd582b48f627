using SmeOnboard.Core.Features.Vouchers.Integrity;

namespace SmeOnboard.Web.Features.Vouchers.Integrity;

public static class IntegrityModule
{
    /// <summary>The integrity page of a programme, the firms' answers and legal details; thresholds from "Vouchers:Integrity".</summary>
    public static IServiceCollection AddVoucherIntegrityPages(this IServiceCollection services)
    {
        services.AddOptions<IntegrityOptions>().BindConfiguration(IntegrityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
