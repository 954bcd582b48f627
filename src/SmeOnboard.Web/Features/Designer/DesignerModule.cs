using Microsoft.AspNetCore.SignalR;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Designer;

/// <summary>The workflow designer (for firm admins) and the instance viewer (for every firm member).</summary>
public static class DesignerModule
{
    /// <summary>
    /// The largest message a circuit accepts. The canvas sends the whole flowchart after each debounced change, and
    /// SignalR's 32 KB default stops that at about 100 activities (the circuit then drops the change and the save).
    /// </summary>
    public const long MaxCircuitMessageBytes = 2 * 1024 * 1024;

    public static IServiceCollection AddDesigner(this IServiceCollection services) => services
        .Configure<HubOptions>(options => options.MaximumReceiveMessageSize = MaxCircuitMessageBytes)
        .AddSingleton<ActivityCatalogue>()
        .AddNavEntry(new NavEntry("/workflows", "Nav.Workflows", Filled.AccountTree, Policies.FirmAdmin, 30))
        .AddNavEntry(new NavEntry("/workflows/instances", "Nav.Instances", Filled.PlayCircleOutline, Policies.Firm, 31));
}
