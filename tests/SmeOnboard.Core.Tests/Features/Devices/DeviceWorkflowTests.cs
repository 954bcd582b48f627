using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Devices;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Tests.Features.Devices;

/// <summary>Accepted device messages reach the firm's workflows through the DeviceSignal trigger.</summary>
public sealed class DeviceWorkflowTests(TestDatabases databases)
{
    [Theory, BothDatabases]
    public async Task A_machine_stop_starts_the_andon_workflow_and_a_running_machine_does_not(DatabaseProvider provider)
    {
        await using var broker = await DeviceHarness.StartAsync(databases, provider);
        var device = await broker.RegisterAsync();
        var topic = DeviceTopics.Readings(device.Device.OrgId, device.Device.Id);
        await broker.Workflows.PublishAsync(Andon($"andon-{Guid.NewGuid():N}", topic, """signal.state == "STOPPED" """));
        var client = await broker.ConnectAsync(device);

        await DeviceHarness.PublishAsync(client, topic, """{"values":{"state":"RUNNING","cycles":10}}""");
        await DeviceHarness.PublishAsync(client, topic, """{"values":{"state":"STOPPED","cycles":11}}""");

        var heard = await HeardAsync(broker, expected: 2);
        Assert.Equal(["STOPPED"], heard.Select(v => v["state"]!.GetValue<string>()));
    }

    [Theory, BothDatabases]
    public async Task A_signal_topic_carries_one_value_for_conditions_like_value_above_80(DatabaseProvider provider)
    {
        await using var broker = await DeviceHarness.StartAsync(databases, provider);
        var device = await broker.RegisterAsync();
        await broker.Workflows.PublishAsync(Andon($"hot-{Guid.NewGuid():N}", DeviceTopics.Signal(device.Device.OrgId, device.Device.Id, "temperature"), "signal.value > 80"));
        var client = await broker.ConnectAsync(device);
        var topic = DeviceTopics.Readings(device.Device.OrgId, device.Device.Id);

        await DeviceHarness.PublishAsync(client, topic, """{"values":{"temperature":75}}""");
        await DeviceHarness.PublishAsync(client, topic, """{"values":{"temperature":85.5}}""");

        var heard = await HeardAsync(broker, expected: 2);
        Assert.Equal([85.5], heard.Select(v => v["value"]!.GetValue<double>()));
    }

    [Theory, BothDatabases]
    public async Task A_workflow_waiting_for_a_machine_stop_resumes_when_the_machine_stops(DatabaseProvider provider)
    {
        await using var broker = await DeviceHarness.StartAsync(databases, provider);
        var device = await broker.RegisterAsync();
        var topic = DeviceTopics.Readings(device.Device.OrgId, device.Device.Id);
        var andon = Andon($"wait-{Guid.NewGuid():N}", topic, """signal.state == "STOPPED" """);
        var flow = (Flowchart)andon.Root;
        var waiting = new WorkflowDefinition
        {
            DefinitionId = andon.DefinitionId,
            Name = andon.Name,
            Variables = andon.Variables,
            Root = new Flowchart
            {
                Activities = [new ActivityNode { Id = "start", Type = "ManualStart" }, .. flow.Activities],
                Connections = [new Connection { Source = new Endpoint { Activity = "start", Port = "Done" }, Target = new Endpoint { Activity = "machine" } }, .. flow.Connections],
            },
        };
        var id = await broker.Workflows.PublishAndStartAsync(waiting);
        var client = await broker.ConnectAsync(device);

        await DeviceHarness.PublishAsync(client, topic, """{"values":{"state":"RUNNING","cycles":10}}""");
        await DeviceHarness.PublishAsync(client, topic, """{"values":{"state":"STOPPED","cycles":11}}""");

        var runtime = broker.Workflows.As<WorkflowRuntime>();
        var instance = await DeviceHarness.EventuallyAsync(
            async () => (await runtime.FindInstanceAsync(id, TestContext.Current.CancellationToken))!.Instance,
            i => i.Status == WorkflowStatus.Finished);
        Assert.Equal("STOPPED", instance.Variables["stop"]!["state"]!.GetValue<string>());
    }

    /// <summary>
    /// The messages the trigger let through, once <paramref name="expected"/> instances exist: the engine starts an
    /// instance per message and ends it at once, leaving 'stop' unset, when the condition does not hold.
    /// </summary>
    private static async Task<List<System.Text.Json.Nodes.JsonNode>> HeardAsync(DeviceHarness broker, int expected)
    {
        var runtime = broker.Workflows.As<WorkflowRuntime>();
        var instances = await DeviceHarness.EventuallyAsync(() => runtime.ListInstancesAsync(cancellationToken: TestContext.Current.CancellationToken), list => list.Count >= expected);
        var heard = new List<System.Text.Json.Nodes.JsonNode>();
        foreach (var summary in instances)
        {
            var instance = (await runtime.FindInstanceAsync(summary.Id, TestContext.Current.CancellationToken))!.Instance;
            if (instance.Variables.TryGetValue("stop", out var stop) && stop is not null)
                heard.Add(stop);
        }
        return heard;
    }

    /// <summary>Starts on <paramref name="topic"/> when <paramref name="condition"/> holds; the message goes into 'stop'.</summary>
    private static WorkflowDefinition Andon(string definitionId, string topic, string condition) => new()
    {
        DefinitionId = definitionId,
        Name = definitionId,
        Variables = [new VariableDefinition { Name = "stop", Type = VariableType.Object }],
        Root = new Flowchart
        {
            Activities =
            [
                new ActivityNode
                {
                    Id = "machine",
                    Type = "DeviceSignal",
                    Inputs = new Dictionary<string, ActivityInput>
                    {
                        ["topic"] = ActivityInput.Literal(topic),
                        ["condition"] = ActivityInput.Literal(condition),
                        ["resultVariable"] = ActivityInput.Literal("stop"),
                    },
                },
                new ActivityNode { Id = "log", Type = "WriteLine", Inputs = new Dictionary<string, ActivityInput> { ["text"] = ActivityInput.Literal("andon") } },
            ],
            Connections = [new Connection { Source = new Endpoint { Activity = "machine", Port = "Done" }, Target = new Endpoint { Activity = "log" } }],
        },
    };
}
