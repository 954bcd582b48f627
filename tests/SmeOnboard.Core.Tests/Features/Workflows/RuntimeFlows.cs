using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>Definitions the runtime tests start: tasks, approvals, signals, delays and side effects.</summary>
internal static class RuntimeFlows
{
    /// <summary>A human task for <paramref name="role"/> whose fields go into 'answers', then a line.</summary>
    public static WorkflowDefinition Task(string definitionId, string role) =>
        Build(definitionId,
            [
                Activity("ask", "HumanTask", ("title", "Check the order"), ("form", "order-check"), ("assigneeRole", role), ("resultVariable", "answers")),
                Activity("log", "WriteLine", ("text", "checked")),
            ],
            [("ask", "Done", "log")],
            new VariableDefinition { Name = "answers", Type = VariableType.Object });

    /// <summary>An approval for FirmAdmin that writes "approved" or "rejected".</summary>
    public static WorkflowDefinition Approval(string definitionId) =>
        Build(definitionId,
            [
                Activity("approve", "Approval", ("title", "Buy the press"), ("assigneeRole", "FirmAdmin"), ("commentVariable", "comment")),
                Activity("yes", "WriteLine", ("text", "approved")),
                Activity("no", "WriteLine", ("text", "rejected")),
            ],
            [("approve", "Approved", "yes"), ("approve", "Rejected", "no")],
            new VariableDefinition { Name = "comment", Type = VariableType.String });

    /// <summary>Waits for a device signal on <paramref name="topic"/>, then writes a line.</summary>
    public static WorkflowDefinition Signal(string definitionId, string topic) =>
        Build(definitionId,
            [Activity("start", "ManualStart"), Activity("signal", "DeviceSignal", ("topic", topic)), Activity("log", "WriteLine", ("text", "signalled"))],
            [("start", "Done", "signal"), ("signal", "Done", "log")]);

    /// <summary>Waits for a device signal on <paramref name="topic"/>, then calls the action 'ship' of <paramref name="app"/>.</summary>
    public static WorkflowDefinition SignalThenAppAction(string definitionId, string topic, string app) =>
        Build(definitionId,
            [Activity("start", "ManualStart"), Activity("signal", "DeviceSignal", ("topic", topic)), Activity("call", "CallAppAction", ("app", app), ("action", "ship"))],
            [("start", "Done", "signal"), ("signal", "Done", "call")]);

    /// <summary>Starts when a device publishes on <paramref name="topic"/>; the message goes into 'reading', then a line.</summary>
    public static WorkflowDefinition SignalTrigger(string definitionId, string topic) =>
        Build(definitionId,
            [Activity("signal", "DeviceSignal", ("topic", topic), ("resultVariable", "reading")), Activity("log", "WriteLine", ("text", "triggered"))],
            [("signal", "Done", "log")],
            new VariableDefinition { Name = "reading", Type = VariableType.Object });

    /// <summary>Starts when its webhook <paramref name="path"/> is called, then writes a line.</summary>
    public static WorkflowDefinition WebhookTrigger(string definitionId, string path) =>
        Build(definitionId, [Activity("hook", "Webhook", ("path", path)), Activity("log", "WriteLine", ("text", "called"))], [("hook", "Done", "log")]);

    /// <summary>Starts on the <paramref name="cron"/> schedule (UTC), then writes <paramref name="text"/>.</summary>
    public static WorkflowDefinition ScheduleTrigger(string definitionId, string cron, string text = "tick") =>
        Build(definitionId, [Activity("cron", "Schedule", ("cron", cron)), Activity("log", "WriteLine", ("text", text))], [("cron", "Done", "log")]);

    /// <summary>Waits five minutes, then writes "done".</summary>
    public static WorkflowDefinition Delay(string definitionId) =>
        Build(definitionId,
            [Activity("wait", "Delay", ("duration", "00:05:00")), Activity("log", "WriteLine", ("text", "done"))],
            [("wait", "Done", "log")]);

    /// <summary>Posts once to <paramref name="url"/>.</summary>
    public static WorkflowDefinition Http(string definitionId, string url) =>
        Build(definitionId, [Activity("call", "HttpRequest", ("url", url))], []);

    /// <summary>
    /// What the crash test runs: wait <paramref name="delay"/>, post to <paramref name="url"/>?step=call1, wait again, post
    /// ?step=call2, write "done". Two timers and two outbox effects per instance.
    /// </summary>
    public static WorkflowDefinition Crash(string definitionId, string url, string delay) =>
        Build(definitionId,
            [
                Activity("start", "ManualStart"),
                Activity("wait1", "Delay", ("duration", delay)),
                Activity("call1", "HttpRequest", ("url", $"{url}?step=call1")),
                Activity("wait2", "Delay", ("duration", delay)),
                Activity("call2", "HttpRequest", ("url", $"{url}?step=call2")),
                Activity("log", "WriteLine", ("text", "done")),
            ],
            [("start", "Done", "wait1"), ("wait1", "Done", "call1"), ("call1", "Done", "wait2"), ("wait2", "Done", "call2"), ("call2", "Done", "log")]);

    /// <summary>Calls the action <paramref name="action"/> ('ship' unless given) of <paramref name="app"/>.</summary>
    public static WorkflowDefinition AppAction(string definitionId, string app, string action = "ship") =>
        Build(definitionId, [Activity("call", "CallAppAction", ("app", app), ("action", action))], []);

    /// <summary>Calls the action 'ship' of <paramref name="app"/> and waits for its callback; the data goes into 'reply', then a line.</summary>
    public static WorkflowDefinition AppCallback(string definitionId, string app)
    {
        var call = Activity("call", "CallAppAction", ("app", app), ("action", "ship"), ("resultVariable", "reply"));
        var waiting = new ActivityNode
        {
            Id = call.Id,
            Type = call.Type,
            Inputs = new Dictionary<string, ActivityInput>(call.Inputs) { ["waitForCallback"] = ActivityInput.Literal(true, "Boolean") },
        };
        return Build(definitionId, [waiting, Activity("log", "WriteLine", ("text", "shipped"))], [("call", "Done", "log")],
            new VariableDefinition { Name = "reply", Type = VariableType.Object });
    }

    private static ActivityNode Activity(string id, string type, params (string Name, string Value)[] inputs) => new()
    {
        Id = id,
        Type = type,
        Inputs = inputs.ToDictionary(i => i.Name, i => ActivityInput.Literal(i.Value)),
    };

    private static WorkflowDefinition Build(
        string definitionId, IReadOnlyList<ActivityNode> activities, IReadOnlyList<(string From, string Port, string To)> connections, params VariableDefinition[] variables) => new()
    {
        DefinitionId = definitionId,
        Name = definitionId,
        Variables = variables,
        Root = new Flowchart
        {
            Activities = activities,
            Connections = connections
                .Select(c => new Connection { Source = new Endpoint { Activity = c.From, Port = c.Port }, Target = new Endpoint { Activity = c.To } })
                .ToList(),
        },
    };
}
