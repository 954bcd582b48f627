using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Workflows.Runtime;

// This part of the burst: tokens arriving at activities, and when an activity with several inbound branches is ready.
internal sealed partial class Burst
{
    private void Arrive(Token token)
    {
        var target = _graph.Node(token.TargetActivityId)!;
        var activity = _registry.Find(target.Type);
        if (activity is not null && activity.WaitsForAnyInbound(target))
        {
            CancelLiveAncestors(target.Id);
            Schedule(target.Id);
            return;
        }
        _tokens.Add(token);
        if (IsReady(target.Id))
            Schedule(target.Id);
    }

    public void Schedule(string activityId)
    {
        _tokens.RemoveAll(t => t.TargetActivityId == activityId);
        _queue.AddLast(activityId);
    }

    private bool IsReady(string activityId)
    {
        foreach (var inbound in _graph.ForwardInbound(activityId))
        {
            var arrived = _tokens.Any(t => t.TargetActivityId == activityId && t.SourceActivityId == inbound.Source.Activity && t.Port == inbound.Source.Port);
            if (!arrived && !IsDead(inbound, activityId))
                return false;
        }
        return true;
    }

    private bool IsDead(Connection inbound, string target)
    {
        var before = _graph.AncestorsOrSelf(inbound.Source.Activity);
        return !LiveActivities(except: target).Any(before.Contains);
    }

    private IEnumerable<string> LiveActivities(string except) =>
        _queue.Concat(_bookmarks.Where(b => b.Kind != BookmarkKind.Retry).Select(b => b.ActivityId))
            .Concat(_tokens.Select(t => t.TargetActivityId))
            .Where(id => id != except);

    // When nothing is scheduled, an activity holding tokens may be waiting for a branch that has since died.
    private string? FindActivityWithDeadBranches() =>
        _tokens.Select(t => t.TargetActivityId).Distinct().FirstOrDefault(IsReady);
}
