using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Activities.BuiltIn;
using SmeOnboard.Workflows.Expressions;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Workflows.Runtime;

/// <summary>Runs instances of flowchart definitions in bursts; each call returns what the burst changed, for one commit.</summary>
/// <remarks>The runner holds no instance state, so it is safe to share; the caller serialises bursts of one instance.</remarks>
public sealed class WorkflowRunner(ActivityRegistry registry, JavaScriptEvaluator evaluator, TimeProvider clock, WorkflowRunnerOptions? options = null)
{
    private readonly WorkflowRunnerOptions _options = options ?? new WorkflowRunnerOptions();

    /// <summary>A runner with the built-in activities, default limits and the system clock.</summary>
    public static WorkflowRunner CreateDefault() => new(ActivityRegistry.CreateDefault(), new JavaScriptEvaluator(), TimeProvider.System);

    /// <summary>Starts a new instance of the definition and runs its first burst.</summary>
    public BurstResult Start(WorkflowDefinition definition, StartRequest request)
    {
        var now = clock.GetUtcNow();
        var instance = new WorkflowInstance
        {
            Id = request.InstanceId ?? Guid.CreateVersion7().ToString("N"),
            DefinitionId = definition.DefinitionId,
            DefinitionVersion = definition.Version,
            OrganisationId = request.OrganisationId,
            Status = WorkflowStatus.Running,
            Input = request.Input?.DeepClone(),
            StartedBy = request.StartedBy,
            Variables = definition.Variables.ToDictionary(v => v.Name, v => v.Default?.DeepClone()),
            CreatedAt = now,
            UpdatedAt = now,
        };
        var burst = new Burst(definition, instance, registry, evaluator, _options, now, previousRevision: 0);
        burst.Journal(JournalKind.Started, message: $"{definition.DefinitionId} v{definition.Version}");

        if (!AssignInputVariables(burst, request.Input))
            return burst.Result();
        if (request.TriggerActivityId is { } trigger)
            burst.StartAtTrigger(trigger, request.TriggerPayload);
        else if ((request.StartActivityId ?? DefaultStart(definition)) is { } start)
            burst.Schedule(start);
        burst.Run();
        return burst.Result();
    }

    /// <summary>Resumes the instance at one of its bookmarks with the stimulus payload (a due retry bookmark retries).</summary>
    public BurstResult Resume(WorkflowDefinition definition, WorkflowInstance instance, string bookmarkId, JsonNode? payload = null)
    {
        var bookmark = instance.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId);
        if (bookmark?.Kind == BookmarkKind.Retry && instance.Status == WorkflowStatus.Faulted)
            return Retry(definition, instance);
        var burst = NewBurst(definition, instance);
        if (bookmark is null || instance.Status is not (WorkflowStatus.Suspended or WorkflowStatus.Running))
            return Unchanged(instance);
        return burst.Resume(bookmark, payload) ? burst.Result() : Unchanged(instance);
    }

    /// <summary>Retries a faulted instance from the activity that failed (or waits again where a resumption failed).</summary>
    public BurstResult Retry(WorkflowDefinition definition, WorkflowInstance instance)
    {
        if (instance.Status != WorkflowStatus.Faulted)
            return Unchanged(instance);
        var burst = NewBurst(definition, instance);
        burst.Retry();
        return burst.Result();
    }

    /// <summary>Cancels an unfinished instance and removes its bookmarks.</summary>
    public BurstResult Cancel(WorkflowDefinition definition, WorkflowInstance instance)
    {
        if (instance.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled)
            return Unchanged(instance);
        var burst = NewBurst(definition, instance);
        burst.Cancel();
        return burst.Result();
    }

    /// <summary>A ManualStart if there is one, else the first activity nothing points to, else the first activity.</summary>
    public static string? DefaultStart(WorkflowDefinition definition)
    {
        var graph = FlowGraph.For(definition);
        return (graph.Activities.FirstOrDefault(a => a.Type == nameof(ManualStart))
            ?? graph.Activities.FirstOrDefault(a => !graph.HasInbound(a.Id))
            ?? graph.Activities.FirstOrDefault())?.Id;
    }

    private Burst NewBurst(WorkflowDefinition definition, WorkflowInstance instance)
    {
        if (definition.DefinitionId != instance.DefinitionId || definition.Version != instance.DefinitionVersion)
            throw new ArgumentException(
                $"Instance '{instance.Id}' runs on {instance.DefinitionId} v{instance.DefinitionVersion}, not on {definition.DefinitionId} v{definition.Version}.",
                nameof(definition));
        return new Burst(definition, instance, registry, evaluator, _options, clock.GetUtcNow(), instance.Revision);
    }

    private static bool AssignInputVariables(Burst burst, JsonNode? input)
    {
        if (input is not JsonObject values)
            return true;
        foreach (var (name, value) in values)
        {
            if (!burst.Variables.IsDeclared(name))
                continue;
            try
            {
                burst.Variables.Set(name, value);
            }
            catch (VariableTypeException e)
            {
                burst.FaultAtStart(IncidentKind.VariableTypeMismatch, $"input.{name}", e.Message);
                return false;
            }
        }
        return true;
    }

    private static BurstResult Unchanged(WorkflowInstance instance) => new()
    {
        Instance = instance,
        PreviousRevision = instance.Revision,
        Changed = false,
    };
}
