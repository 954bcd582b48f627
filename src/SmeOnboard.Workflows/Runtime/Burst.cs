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
internal sealed partial class Burst
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
}
