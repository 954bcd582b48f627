using SmeOnboard.Web.Components.Layout;

namespace SmeOnboard.Web.Features.Home;

public static class HomeModule
{
    public static IServiceCollection AddHome(this IServiceCollection services) =>
        services.AddNavEntry(new NavEntry("/", "Nav.Welcome", MudBlazor.Icons.Material.Filled.Home, Policy: null, Order: 0));
}
