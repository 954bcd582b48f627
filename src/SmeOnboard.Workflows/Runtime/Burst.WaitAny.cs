namespace SmeOnboard.Workflows.Runtime;

// This part of the burst: WaitAny joins: cancelling the losing branches and guarding the activities already scheduled on them.
internal sealed partial class Burst
{
    /// <summary>Takes the activity out of the join guards it was pending in; returns those joins.</summary>
    private List<string> LeaveGuards(string activityId)
    {
        var joins = new List<string>();
        foreach (var (joinId, pending) in _guards)
            if (pending.Remove(activityId))
                joins.Add(joinId);
        foreach (var joinId in joins.Where(j => _guards[j].Count == 0))
            _guards.Remove(joinId);
        return joins;
    }

    /// <summary>False for a token from a losing branch towards its closed join; otherwise true, guarding the target if it is on the way.</summary>
    private bool PassesGuards(List<string> closedJoins, string targetId)
    {
        foreach (var joinId in closedJoins)
        {
            if (targetId == joinId)
                return false;
            if (JoinAncestry(joinId).Contains(targetId))
            {
                if (!_guards.TryGetValue(joinId, out var pending))
                    _guards[joinId] = pending = new HashSet<string>(StringComparer.Ordinal);
                pending.Add(targetId);
            }
        }
        return true;
    }

    private HashSet<string> JoinAncestry(string joinId)
    {
        var before = new HashSet<string>(_graph.ForwardInbound(joinId).SelectMany(c => _graph.AncestorsOrSelf(c.Source.Activity)));
        before.Remove(joinId);
        return before;
    }

    private void CancelLiveAncestors(string joinId)
    {
        var before = JoinAncestry(joinId);
        var scheduled = _queue.Where(before.Contains).ToHashSet(StringComparer.Ordinal);
        if (scheduled.Count > 0)
            _guards[joinId] = scheduled;
        _tokens.RemoveAll(t => before.Contains(t.TargetActivityId));
        foreach (var bookmark in _bookmarks.Where(b => before.Contains(b.ActivityId)).ToList())
        {
            RemoveBookmark(bookmark);
            Journal(JournalKind.Cancelled, bookmark.ActivityId, $"{bookmark.Kind} cancelled by join '{joinId}'");
        }
    }
}
