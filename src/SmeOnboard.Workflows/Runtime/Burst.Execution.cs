using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Workflows.Runtime;

// This part of the burst: executing or resuming one activity and acting on its result.
internal sealed partial class Burst
{
    private ActivityResultKind? Execute(string activityId, Bookmark? resumed, JsonNode? payload)
    {
        var node = _graph.Node(activityId);
        var activity = node is null ? null : _registry.Find(node.Type);
        if (node is null || activity is null)
        {
            RaiseIncident(IncidentKind.InvalidInput, activityId, "type",
                node is null ? $"There is no activity '{activityId}'." : $"Unknown activity type '{node.Type}'.", null, autoRetry: false);
            return null;
        }

        var startedHere = resumed is null && _trigger?.ActivityId == activityId;
        var context = new ActivityContext(node, activity.Descriptor, ++_executionCount, _original, _variables, _evaluator, _now,
            startedHere ? _trigger!.Value.Payload : null)
        {
            StartedByThisTrigger = startedHere,
        };
        if (startedHere)
            _trigger = null;

        var variablesBefore = _variables.Snapshot();
        ActivityResult result;
        try
        {
            result = resumed is null ? activity.Execute(context) : activity.Resume(context, resumed, payload);
        }
        catch (Exception e)
        {
            // A failed execution leaves no trace: variables are restored and its effects discarded.
            _variables.Restore(variablesBefore);
            Fail(node, resumed, e);
            return null;
        }

        if (result.Kind == ActivityResultKind.KeepWaiting)
        {
            _variables.Restore(variablesBefore);
            if (resumed is not null)
                RestoreBookmark(resumed);
            return result.Kind;
        }

        if (_faultedActivityId is null && _failedAttempts > 0)
            _failedAttempts = 0;
        foreach (var line in context.Lines)
            Journal(JournalKind.Log, node.Id, line);
        _outbox.AddRange(context.Outbox);

        var closedJoins = LeaveGuards(node.Id);
        switch (result.Kind)
        {
            case ActivityResultKind.Completed:
                Journal(JournalKind.ActivityCompleted, node.Id, outcomes: result.Outcomes);
                foreach (var connection in _graph.Outbound(node.Id).Where(c => result.Outcomes.Contains(c.Source.Port)))
                    if (PassesGuards(closedJoins, connection.Target.Activity))
                        Arrive(new Token(node.Id, connection.Source.Port, connection.Target.Activity));
                break;
            case ActivityResultKind.Suspended:
                if (context.Bookmarks.Count == 0)
                    throw new InvalidOperationException($"Activity type '{node.Type}' suspended without creating a bookmark.");
                if (closedJoins.Count > 0)
                {
                    Journal(JournalKind.Cancelled, node.Id, $"cancelled by join '{closedJoins[0]}'");
                    break;
                }
                foreach (var bookmark in context.Bookmarks)
                    AddBookmark(bookmark);
                Journal(JournalKind.ActivitySuspended, node.Id, string.Join(", ", context.Bookmarks.Select(b => b.Kind)));
                break;
            case ActivityResultKind.FinishWorkflow:
                Journal(JournalKind.ActivityCompleted, node.Id);
                Finish();
                break;
            case ActivityResultKind.Fault:
                RaiseIncident(IncidentKind.FaultActivity, node.Id, null, result.Message ?? "Faulted.", null, autoRetry: false);
                break;
        }
        return result.Kind;
    }

    private void Fail(ActivityNode node, Bookmark? resumed, Exception exception)
    {
        // A failed resumption keeps its bookmark, so the same stimulus can be sent again after a retry.
        if (resumed is not null)
            RestoreBookmark(resumed);
        else
            _faultedActivityId = node.Id;

        if (exception is IncidentException incident)
        {
            RaiseIncident(incident.Kind, node.Id, incident.Field, incident.Message, incident.Line, autoRetry: false);
            return;
        }
        _failedAttempts = resumed is null ? _failedAttempts + 1 : 1;
        RaiseIncident(IncidentKind.ActivityFailed, node.Id, null, exception.Message, null, autoRetry: resumed is null);
    }
}
