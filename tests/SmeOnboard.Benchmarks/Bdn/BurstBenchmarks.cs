using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using SmeOnboard.Benchmarks.Flows;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Benchmarks.Bdn;

/// <summary>Per-burst cost of our runner: time and allocated bytes for one instance, where BenchmarkDotNet's statistics fit.</summary>
[MemoryDiagnoser]
public class BurstBenchmarks
{
    private readonly WorkflowRunner _runner = WorkflowRunner.CreateDefault();
    private readonly StartRequest _request = new() { OrganisationId = BenchFlows.Organisation };
    private readonly JsonObject _approved = BenchFlows.Approved();
    private WorkflowDefinition _tenSteps = null!;
    private WorkflowDefinition _approval = null!;
    private WorkflowInstance _waiting = null!;

    [GlobalSetup]
    public void Setup()
    {
        _tenSteps = BenchFlows.TenSteps();
        _approval = BenchFlows.WaitForApproval();
        _waiting = _runner.Start(_approval, _request).Instance;
    }

    /// <summary>Ten activity executions in one burst; divide by ten for the cost of one activity.</summary>
    [Benchmark(Baseline = true)]
    public BurstResult TenStepFlowStartToFinish() => _runner.Start(_tenSteps, _request);

    /// <summary>The same burst committed to a fresh in-memory store, to show what the store adds.</summary>
    [Benchmark]
    public BurstSaveResult TenStepFlowStartAndSave() =>
        new InMemoryWorkflowStore().SaveBurstAsync(_runner.Start(_tenSteps, _request)).GetAwaiter().GetResult();

    [Benchmark]
    public BurstResult ApprovalStartToWaiting() => _runner.Start(_approval, _request);

    /// <summary>Resume returns new state and leaves the given instance as it was, so the same waiting instance serves every call.</summary>
    [Benchmark]
    public BurstResult ApprovalResumeToFinish() => _runner.Resume(_approval, _waiting, _waiting.Bookmarks[0].Id, _approved);
}
