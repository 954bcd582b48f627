using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Vouchers.Integrity;
using SmeOnboard.Core.Features.Vouchers.Ledger;

namespace SmeOnboard.Core.Features.Vouchers;

public static class VouchersServiceCollectionExtensions
{
    /// <summary>
    /// Voucher programmes, applications and issued vouchers. The host adds an <see cref="IVoucherNotifier"/>, which
    /// composes the firms' emails from its resources.
    /// </summary>
    public static IServiceCollection AddVoucherStores(this IServiceCollection services) => services
        .AddSingleton<LedgerWriter>()
        .AddScoped<ProgrammeStore>()
        .AddScoped<FirmVoucherStore>()
        .AddScoped<VoucherIssuer>()
        .AddScoped<ApplicationDecisions>()
        .AddVoucherIntegrity();
}
