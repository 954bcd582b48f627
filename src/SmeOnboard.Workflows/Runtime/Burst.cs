using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Expressions;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Workflows.Runtime;

/// <summary>The working state of one burst: runs scheduled activities until the instance finishes, waits or faults.</summary>
/// <remarks>
/// Token rules. A completed activity sends a token along each connection whose source port is one of its outcomes.
/// An activity with a single forward inbound connection runs for every token. With several, it runs once every
/// forward inbound connection has a token or can no longer get one: a connection is dead when nothing live
/// (scheduled, waiting on a bookmark, or holding tokens) lies at or before its source. That is how a join after a
/// decision continues with the one branch that ran, and how a join inside a loop waits afresh each round (its
/// tokens are consumed when it runs). A WaitAny join runs on the first token and cancels what the other branches wait on (bookmarks, tokens held
/// at their joins); activities already scheduled there still run, but what they send towards the join is dropped.
/// </remarks>
internal sealed class Burst
{
    private readonly WorkflowDefinition _definition;
    private readonly FlowGraph _graph;
    private readonly ActivityRegistry _registry;
    private readonly JavaScriptEvaluator _evaluator;
    private readonly WorkflowRunnerOptions _options;
    private readonly DateTimeOffset _now;
    private readonly WorkflowInstance _original;
    private readonly int _previousRevision;

    private readonly VariableSet _variables;
    private readonly LinkedList<string> _queue;
    private readonly List<Token> _tokens;
    private readonly List<Bookmark> _bookmarks;
    private readonly Dictionary<string, HashSet<string>> _guards;
    private readonly List<Incident> _incidents;
    private readonly List<JournalEntry> _journal = [];
    private readonly List<Bookmark> _created = [];
    private readonly List<string> _removed = [];
    private readonly List<OutboxMessage> _outbox = [];
    private readonly List<Incident> _newIncidents = [];
    private WorkflowStatus _status;
    private string? _faultedActivityId;
    private int _failedAttempts;
    private long _executionCount;
    private long _journalCount;
    private (string ActivityId, JsonNode? Payload)? _trigger;

    public Burst(WorkflowDefinition definition, WorkflowInstance instance, ActivityRegistry registry, JavaScriptEvaluator evaluator,
        WorkflowRunnerOptions options, DateTimeOffset now, int previousRevision)
    {
        _definition = definition;
        _graph = FlowGraph.For(definition);
        _registry = registry;
        _evaluator = evaluator;
        _options = options;
        _now = now;
        _original = instance;
        _previousRevision = previousRevision;
        _variables = new VariableSet(definition.Variables, instance.Variables);
        _queue = new LinkedList<string>(instance.Queue);
        _tokens = [.. instance.Tokens];
        _bookmarks = [.. instance.Bookmarks];
        _guards = instance.JoinGuards.ToDictionary(g => g.JoinId, g => new HashSet<string>(g.Pending, StringComparer.Ordinal), StringComparer.Ordinal);
        _incidents = [.. instance.Incidents];
        _status = instance.Status;
        _faultedActivityId = instance.FaultedActivityId;
        _failedAttempts = instance.FailedAttempts;
        _executionCount = instance.ExecutionCount;
        _journalCount = instance.JournalCount;
    }

    public VariableSet Variables => _variables;

    public void Journal(JournalKind kind, string? activityId = null, string? message = null, IReadOnlyList<string>? outcomes = null) =>
        _journal.Add(new JournalEntry
        {
            InstanceId = _original.Id,
            Sequence = ++_journalCount,
            At = _now,
            Kind = kind,
            ActivityId = activityId,
            ActivityType = activityId is null ? null : _graph.Node(activityId)?.Type,
            Message = message,
            Outcomes = outcomes ?? [],
        });

    /// <summary>Marks where a trigger started the instance, so that activity completes with the stimulus's payload.</summary>
    public void StartAtTrigger(string activityId, JsonNode? triggerPayload)
    {
        _trigger = (activityId, triggerPayload);
        _queue.AddLast(activityId);
    }

    public void FaultAtStart(IncidentKind kind, string field, string message) =>
        RaiseIncident(kind, null, field, message, null, autoRetry: false);

    /// <summary>Runs the queue, then any activity whose missing branches are dead, until nothing is left to do.</summary>
    public void Run()
    {
        _status = WorkflowStatus.Running;
        var executed = 0;
        while (_status == WorkflowStatus.Running)
        {
            if (_queue.First is { } next)
            {
                if (executed >= _options.MaxActivityExecutionsPerBurst)
                {
                    RaiseIncident(IncidentKind.RunawayBurst, next.Value, null,
                        $"The burst executed {executed} activities without waiting or finishing; it looks like an endless loop.", null, autoRetry: false);
                    return;
                }
                _queue.RemoveFirst();
                executed++;
                Execute(next.Value, null, null);
                continue;
            }
            if (FindActivityWithDeadBranches() is { } ready)
            {
                Schedule(ready);
                continue;
            }
            Settle();
        }
    }

    /// <summary>Resumes a bookmarked activity; false when the activity declined the stimulus and nothing changed.</summary>
    public bool Resume(Bookmark bookmark, JsonNode? payload)
    {
        _status = WorkflowStatus.Running;
        RemoveBookmark(bookmark);
        Journal(JournalKind.Resumed, bookmark.ActivityId, bookmark.Kind.ToString());
        var result = Execute(bookmark.ActivityId, bookmark, payload);
        if (result == ActivityResultKind.KeepWaiting)
            return false;
        if (_status == WorkflowStatus.Running)
            Run();
        return true;
    }

    public void Retry()
    {
        foreach (var retry in _bookmarks.Where(b => b.Kind == BookmarkKind.Retry).ToList())
            RemoveBookmark(retry);
        if (_faultedActivityId is { } activityId)
            _queue.AddFirst(activityId);
        _faultedActivityId = null;
        Journal(JournalKind.Retried, activityId: _queue.First?.Value);
        Run();
    }

    public void Cancel()
    {
        ClearAllWork();
        _status = WorkflowStatus.Cancelled;
        Journal(JournalKind.Cancelled);
    }

    public BurstResult Result(bool changed = true) => new()
    {
        Instance = new WorkflowInstance
        {
            Id = _original.Id,
            DefinitionId = _original.DefinitionId,
            DefinitionVersion = _original.DefinitionVersion,
            OrganisationId = _original.OrganisationId,
            Status = _status,
            Input = _original.Input?.DeepClone(),
            Variables = _variables.Snapshot(),
            Queue = [.. _queue],
            Tokens = [.. _tokens],
            Bookmarks = [.. _bookmarks],
            JoinGuards = _guards.Select(g => new JoinGuard(g.Key, [.. g.Value])).ToList(),
            Incidents = [.. _incidents],
            FaultedActivityId = _faultedActivityId,
            FailedAttempts = _failedAttempts,
            ExecutionCount = _executionCount,
            JournalCount = _journalCount,
            Revision = _previousRevision + 1,
            CreatedAt = _original.CreatedAt,
            UpdatedAt = _now,
            FinishedAt = _status is WorkflowStatus.Finished or WorkflowStatus.Cancelled ? _now : null,
        },
        PreviousRevision = _previousRevision,
        Journal = _journal,
        BookmarksCreated = _created.Where(b => !_removed.Contains(b.Id)).ToList(),
        BookmarksRemoved = _removed.Where(id => _original.Bookmarks.Any(b => b.Id == id)).ToList(),
        Outbox = _outbox,
        Incidents = _newIncidents,
        Changed = changed,
    };

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

    private void RaiseIncident(IncidentKind kind, string? activityId, string? field, string message, int? line, bool autoRetry)
    {
        var attempt = kind == IncidentKind.ActivityFailed ? Math.Max(_failedAttempts, 1) : 1;
        var backoff = autoRetry ? _options.RetryPolicy.BackoffAfter(attempt) : null;
        var incident = new Incident
        {
            Id = $"{_original.Id}:incident:{_incidents.Count + 1}",
            Kind = kind,
            ActivityId = activityId,
            ActivityType = activityId is null ? null : _graph.Node(activityId)?.Type,
            Field = field,
            Message = message,
            Line = line,
            Attempt = attempt,
            RetryAt = _now + backoff,
            OccurredAt = _now,
        };
        _incidents.Add(incident);
        _newIncidents.Add(incident);
        _status = WorkflowStatus.Faulted;
        Journal(JournalKind.Incident, activityId, incident.ToString());
        if (incident.RetryAt is { } due)
            AddBookmark(new Bookmark
            {
                Id = incident.Id,
                InstanceId = _original.Id,
                OrganisationId = _original.OrganisationId,
                ActivityId = activityId ?? "",
                Kind = BookmarkKind.Retry,
                StimulusKey = incident.Id,
                StimulusHash = Stimulus.HashOf(BookmarkKind.Retry, incident.Id),
                DueAt = due,
                CreatedAt = _now,
            });
    }

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

    private void Settle()
    {
        if (_bookmarks.Count > 0)
        {
            _status = WorkflowStatus.Suspended;
            return;
        }
        Finish();
    }

    private void Finish()
    {
        ClearAllWork();
        _status = WorkflowStatus.Finished;
        Journal(JournalKind.Finished);
    }

    private void ClearAllWork()
    {
        _queue.Clear();
        _tokens.Clear();
        _guards.Clear();
        foreach (var bookmark in _bookmarks.ToList())
            RemoveBookmark(bookmark);
        _faultedActivityId = null;
    }

    private void AddBookmark(Bookmark bookmark)
    {
        _bookmarks.Add(bookmark);
        _created.Add(bookmark);
    }

    private void RemoveBookmark(Bookmark bookmark)
    {
        _bookmarks.RemoveAll(b => b.Id == bookmark.Id);
        _removed.Add(bookmark.Id);
    }

    private void RestoreBookmark(Bookmark bookmark)
    {
        _bookmarks.Add(bookmark);
        _removed.Remove(bookmark.Id);
    }
}
