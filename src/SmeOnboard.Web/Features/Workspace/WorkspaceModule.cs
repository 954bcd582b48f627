using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Workspace;

/// <summary>The firm's workspace: installing templates, the installed list with upgrades, forms in tasks and the form builder.</summary>
public static class WorkspaceModule
{
    public static IServiceCollection AddWorkspaceFeature(this IServiceCollection services) => services
        .AddWorkspace()
        .AddNavEntry(new NavEntry("/workspace/templates", "Nav.InstalledTemplates", Filled.Widgets, Policies.Firm, 15))
        .AddNavEntry(new NavEntry("/workspace/forms", "StartWork.Title", Filled.Send, Policies.Firm, 16))
        .AddNavEntry(new NavEntry("/workspace/form-builder", "Nav.Forms", Filled.DynamicForm, Policies.FirmAdmin, 17));
}
