using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Home;

public static class HomeModule
{
    public static IServiceCollection AddHome(this IServiceCollection services) => services
        .AddNavEntry(new NavEntry("/", "Nav.Welcome", Filled.Public, Policy: null, Order: 0))
        .AddNavEntry(new NavEntry("/home", "Nav.Home", Filled.Dashboard, Policies.OrganisationMember, Order: 10));
}
