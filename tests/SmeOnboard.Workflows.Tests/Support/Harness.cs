using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Expressions;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Workflows.Tests.Support;

/// <summary>Runs one instance burst by burst and keeps what the bursts produced.</summary>
internal sealed class Harness
{
    public const string Organisation = "org-1";

    private readonly WorkflowDefinition _definition;

    public Harness(WorkflowDefinition definition, WorkflowRunnerOptions? options = null, ScriptOptions? scripts = null)
    {
        _definition = definition;
        Runner = new WorkflowRunner(ActivityRegistry.CreateDefault(), new JavaScriptEvaluator(scripts), Clock, options);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    public WorkflowRunner Runner { get; }
    public WorkflowInstance Instance { get; private set; } = null!;
    public List<BurstResult> Bursts { get; } = [];
    public BurstResult Last => Bursts[^1];

    public WorkflowStatus Status => Instance.Status;
    public IEnumerable<string> Lines => Bursts.SelectMany(b => b.Lines);
    public JsonNode? Variable(string name) => Instance.Variables.GetValueOrDefault(name);
    public IEnumerable<string> Completed => Bursts.SelectMany(b => b.Journal)
        .Where(j => j.Kind == JournalKind.ActivityCompleted).Select(j => j.ActivityId!);

    public Harness Start(JsonNode? input = null, string? at = null, string? trigger = null, JsonNode? triggerPayload = null) => Record(Runner.Start(_definition,
        new StartRequest { OrganisationId = Organisation, Input = input, StartActivityId = at, TriggerActivityId = trigger, TriggerPayload = triggerPayload }));

    public Harness Resume(Bookmark bookmark, JsonNode? payload = null) => Record(Runner.Resume(_definition, Instance, bookmark.Id, payload));

    public Harness Resume(string activityId, JsonNode? payload = null) => Resume(BookmarkAt(activityId), payload);

    public Harness Retry() => Record(Runner.Retry(_definition, Instance));

    public Harness Cancel() => Record(Runner.Cancel(_definition, Instance));

    /// <summary>Moves the clock on and fires every timer (and retry) that has fallen due.</summary>
    public Harness Advance(TimeSpan by)
    {
        Clock.Advance(by);
        foreach (var due in Instance.Bookmarks.Where(b => b.DueAt <= Clock.GetUtcNow()).OrderBy(b => b.DueAt).ToList())
            if (Instance.Bookmarks.Any(b => b.Id == due.Id))
                Resume(due);
        return this;
    }

    public Bookmark BookmarkAt(string activityId) => Instance.Bookmarks.Single(b => b.ActivityId == activityId);

    public Incident Incident => Instance.Incidents[^1];

    private Harness Record(BurstResult result)
    {
        Bursts.Add(result);
        Instance = result.Instance;
        return this;
    }
}
