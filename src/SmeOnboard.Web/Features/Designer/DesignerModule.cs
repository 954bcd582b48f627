using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Designer;

/// <summary>The workflow designer (for firm admins) and the instance viewer (for every firm member).</summary>
public static class DesignerModule
{
    public static IServiceCollection AddDesigner(this IServiceCollection services) => services
        .AddSingleton<ActivityCatalogue>()
        .AddNavEntry(new NavEntry("/workflows", "Nav.Workflows", Filled.AccountTree, Policies.FirmAdmin, 30))
        .AddNavEntry(new NavEntry("/workflows/instances", "Nav.Instances", Filled.PlayCircleOutline, Policies.Firm, 31));
}
