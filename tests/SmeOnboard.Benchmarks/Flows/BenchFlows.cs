using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Benchmarks.Flows;

/// <summary>The definitions the benchmarks run, built in code so no file I/O enters a measurement.</summary>
public static class BenchFlows
{
    // Stores key by organisation and the database ones want a Guid.
    public static readonly string Organisation = Guid.Empty.ToString();

    /// <summary>ManualStart → 8 × SetVariable (literal, so no script engine) → End: ten activity executions, no I/O.</summary>
    public static WorkflowDefinition TenSteps()
    {
        var activities = new List<ActivityNode> { Node("start", "ManualStart") };
        for (var i = 1; i <= 8; i++)
            activities.Add(Node($"set{i}", "SetVariable", ("variable", ActivityInput.Literal("n")), ("value", ActivityInput.Literal(i, "Number"))));
        activities.Add(Node("end", "End"));
        var connections = activities.Zip(activities.Skip(1), (from, to) => Connect(from.Id, to.Id)).ToList();
        return Definition("ten-steps", activities, connections, new VariableDefinition { Name = "n", Type = VariableType.Number, Default = 0 });
    }

    /// <summary>ManualStart → Approval → End: waits on a bookmark whose stimulus key is unique to the instance (its task id).</summary>
    public static WorkflowDefinition WaitForApproval() => Definition("wait-approval",
        [
            Node("start", "ManualStart"),
            Node("approve", "Approval", ("title", ActivityInput.Literal("Benchmark approval")), ("assigneeRole", ActivityInput.Literal("FirmAdmin"))),
            Node("end", "End"),
        ],
        [Connect("start", "approve"), Connect("approve", "end", "Approved")]);

    /// <summary>ManualStart → Delay (one hour) → End: a timer bookmark due an hour after the instance started.</summary>
    public static WorkflowDefinition WaitForTimer() => Definition("wait-timer",
        [Node("start", "ManualStart"), Node("delay", "Delay", ("duration", ActivityInput.Literal("01:00:00"))), Node("end", "End")],
        [Connect("start", "delay"), Connect("delay", "end")]);

    /// <summary>The payload that completes an approval.</summary>
    public static JsonObject Approved() => new() { ["decision"] = "Approved" };

    private static ActivityNode Node(string id, string type, params (string Name, ActivityInput Input)[] inputs) =>
        new() { Id = id, Type = type, Inputs = inputs.ToDictionary(i => i.Name, i => i.Input) };

    private static Connection Connect(string from, string to, string port = "Done") =>
        new() { Source = new Endpoint { Activity = from, Port = port }, Target = new Endpoint { Activity = to } };

    private static WorkflowDefinition Definition(string id, List<ActivityNode> activities, List<Connection> connections, params VariableDefinition[] variables) => new()
    {
        DefinitionId = id,
        Version = 1,
        Name = id,
        IsPublished = true,
        IsLatest = true,
        Variables = variables,
        Root = new Flowchart { Activities = activities, Connections = connections },
    };
}
