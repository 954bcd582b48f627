using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Tasks;

/// <summary>
/// The task inbox: the human tasks and approvals waiting for the signed-in firm member or their role, the ones they
/// completed, and the live count of open ones beside the menu link.
/// </summary>
public static class TasksModule
{
    public static IServiceCollection AddTasks(this IServiceCollection services) =>
        services.AddNavEntry(new NavEntry("/tasks", "Nav.Tasks", Filled.Inbox, Policies.Firm, 25));
}
