using System.Text.Json.Nodes;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>A device signal starts the firm's published workflows whose DeviceSignal trigger names its topic.</summary>
public sealed class WorkflowSignalTriggerTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewId(string name) => $"{name}-{Guid.NewGuid():N}";

    [Theory, BothDatabases]
    public async Task A_signal_resumes_the_waiting_instances_and_starts_one_instance_of_each_matching_trigger_of_the_same_firm(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var topic = $"plant1/{Guid.NewGuid():N}/temperature";
        var trigger = RuntimeFlows.SignalTrigger(NewId("on-signal"), topic);
        await wf.PublishAsync(trigger);
        await wf.PublishAsync(RuntimeFlows.SignalTrigger(NewId("other-topic"), topic + "/other"));
        await wf.PublishAsync(RuntimeFlows.SignalTrigger(NewId("other-firm"), topic), wf.Other);
        var waiting = await wf.PublishAndStartAsync(RuntimeFlows.Signal(NewId("waits"), topic));

        var result = await wf.As<WorkflowRuntime>(wf.Member(Roles.FirmMember)).SignalAsync(topic, new JsonObject { ["value"] = 81 }, Ct);

        Assert.Equal([waiting], result.Resumed);
        var started = Assert.Single(result.Started);
        var instance = (await wf.Store.FindInstanceAsync(wf.Firm.Id.ToString(), started, Ct))!;
        Assert.Equal((trigger.DefinitionId, WorkflowStatus.Finished), (instance.DefinitionId, instance.Status));
        Assert.Equal(81, instance.Variables["reading"]!["value"]!.GetValue<int>());
        Assert.Empty(await wf.As<WorkflowRuntime>(wf.Member(Roles.FirmAdmin, wf.Other)).ListInstancesAsync(cancellationToken: Ct));
    }

    [Theory, BothDatabases]
    public async Task A_signal_no_trigger_names_starts_nothing(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        await wf.PublishAsync(RuntimeFlows.SignalTrigger(NewId("on-signal"), $"plant1/{Guid.NewGuid():N}"));

        var result = await wf.As<WorkflowRuntime>().SignalAsync($"plant1/{Guid.NewGuid():N}", null, Ct);

        Assert.Equal((0, 0), (result.Resumed.Count, result.Started.Count));
    }
}
