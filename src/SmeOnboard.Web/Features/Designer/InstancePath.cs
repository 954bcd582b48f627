using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Web.Features.Designer;

/// <summary>The state of each activity of an instance as the canvas shows it: visited, current, waiting or faulted.</summary>
public static class InstancePath
{
    public static IReadOnlyDictionary<string, string> States(InstanceDetails details)
    {
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in details.Journal.Where(e => e is { Kind: JournalKind.ActivityCompleted or JournalKind.ActivitySuspended, ActivityId: not null }))
            states[entry.ActivityId!] = "visited";
        // Later states win: what still waits or is queued matters more than having run before (loops).
        foreach (var id in details.Instance.Queue)
            states[id] = "current";
        foreach (var bookmark in details.Instance.Bookmarks)
            states[bookmark.ActivityId] = "waiting";
        // A Fault activity ends the instance without leaving it retryable, so only its incident names it.
        var faulted = details.Instance.FaultedActivityId
            ?? (details.Instance.Status == WorkflowStatus.Faulted ? details.Instance.Incidents.LastOrDefault()?.ActivityId : null);
        if (faulted is not null)
            states[faulted] = "faulted";
        return states;
    }
}
