using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Administration;

public static class AdministrationModule
{
    public static IServiceCollection AddAdministration(this IServiceCollection services) => services
        .AddNavEntry(new NavEntry("/admin/agencies", "Nav.Agencies", Filled.AccountBalance, Policies.PlatformAdmin, 200))
        .AddNavEntry(new NavEntry("/admin/mail", "Nav.Mail", Filled.Mail, Policies.PlatformAdmin, 220));
}
