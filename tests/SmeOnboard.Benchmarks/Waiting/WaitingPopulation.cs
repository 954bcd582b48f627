using SmeOnboard.Benchmarks.Flows;
using SmeOnboard.Benchmarks.Support;
using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Expressions;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Benchmarks.Waiting;

/// <summary>A store filled with instances that wait: approvals (a stimulus key per instance) and one-hour timers started a second apart.</summary>
public sealed class WaitingPopulation
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private WaitingPopulation(ManualClock clock, WorkflowRunner runner, InMemoryWorkflowStore store, WorkflowDefinition approval, WorkflowDefinition timer)
    {
        Clock = clock;
        Runner = runner;
        Store = store;
        Approval = approval;
        Timer = timer;
    }

    public ManualClock Clock { get; }
    public WorkflowRunner Runner { get; }
    public InMemoryWorkflowStore Store { get; }
    public WorkflowDefinition Approval { get; }
    public WorkflowDefinition Timer { get; }

    /// <summary>The stimulus key of each waiting approval, in start order.</summary>
    public List<string> ApprovalKeys { get; } = [];

    /// <summary>An empty store with both definitions published, so instances run on the stored definition objects as a host's would.</summary>
    public static async Task<WaitingPopulation> CreateAsync()
    {
        var clock = new ManualClock(Start);
        var runner = new WorkflowRunner(ActivityRegistry.CreateDefault(), new JavaScriptEvaluator(), clock);
        var store = new InMemoryWorkflowStore();
        var approval = await PublishAsync(store, BenchFlows.WaitForApproval());
        var timer = await PublishAsync(store, BenchFlows.WaitForTimer());
        return new WaitingPopulation(clock, runner, store, approval, timer);
    }

    public async Task AddApprovalsAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var burst = await StartAsync(Approval);
            ApprovalKeys.Add(burst.Instance.Bookmarks[0].StimulusKey);
        }
    }

    /// <summary>Timer i starts i seconds after <see cref="Start"/>, so it falls due one hour and i seconds after it.</summary>
    public async Task AddTimersAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Clock.Now = Start.AddSeconds(i);
            await StartAsync(Timer);
        }
        Clock.Now = Start;
    }

    private async Task<BurstResult> StartAsync(WorkflowDefinition definition)
    {
        var burst = Runner.Start(definition, new StartRequest { OrganisationId = BenchFlows.Organisation });
        if (burst.Instance.Status != WorkflowStatus.Suspended || await Store.SaveBurstAsync(burst) != BurstSaveResult.Saved)
            throw new InvalidOperationException($"Instance {burst.Instance.Id} did not wait: {burst.Instance.Status}.");
        return burst;
    }

    private static async Task<WorkflowDefinition> PublishAsync(InMemoryWorkflowStore store, WorkflowDefinition definition)
    {
        await store.SaveDraftAsync(BenchFlows.Organisation, definition);
        return (await store.PublishAsync(BenchFlows.Organisation, definition.DefinitionId))!;
    }
}
