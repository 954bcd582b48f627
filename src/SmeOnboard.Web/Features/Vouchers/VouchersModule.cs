using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using SmeOnboard.Web.Features.Vouchers.Integrity;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Vouchers;

public static class VouchersModule
{
    /// <summary>Officers run programmes and decide applications; firms see open programmes, apply and hold vouchers.</summary>
    public static IServiceCollection AddVouchers(this IServiceCollection services) => services
        .AddVoucherStores()
        .AddScoped<IVoucherNotifier, VoucherEmails>()
        .AddScoped<ProgrammeApps>()
        .AddVoucherIntegrityPages()
        .AddNavEntry(new NavEntry("/programmes", "Nav.Programmes", Filled.AccountBalance, Policies.Government, 60))
        .AddNavEntry(new NavEntry("/programmes/applications", "Nav.ProgrammeApplications", Filled.Inbox, Policies.Government, 61))
        .AddNavEntry(new NavEntry("/vouchers/programmes", "Nav.VoucherProgrammes", Filled.Redeem, Policies.Firm, 42))
        .AddNavEntry(new NavEntry("/vouchers", "Nav.MyVouchers", Filled.ConfirmationNumber, Policies.Firm, 43));
}
