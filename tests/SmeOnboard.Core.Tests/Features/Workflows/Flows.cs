using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>Small definitions that make a burst write each kind of row: bookmarks, timers, outbox messages, journal lines.</summary>
internal static class Flows
{
    /// <summary>Writes a line and finishes.</summary>
    public static WorkflowDefinition Saying(string definitionId, string text) =>
        Build(definitionId, [Activity("log", "WriteLine", ("text", text))], []);

    /// <summary>Waits for a device signal on <paramref name="topic"/>, then sends an email, waits five minutes and finishes.</summary>
    public static WorkflowDefinition SignalThenMailThenDelay(string topic) =>
        Build("signal-mail-delay",
            [
                Activity("signal", "DeviceSignal", ("topic", topic)),
                Activity("mail", "SendNotification", ("toRole", "FirmAdmin"), ("subject", "Signal"), ("body", topic)),
                Activity("wait", "Delay", ("duration", "00:05:00")),
            ],
            [("signal", "mail"), ("mail", "wait")]);

    /// <summary>Waits five minutes, then writes a line.</summary>
    public static WorkflowDefinition Delay() =>
        Build("delay", [Activity("wait", "Delay", ("duration", "00:05:00")), Activity("log", "WriteLine", ("text", "done"))], [("wait", "log")]);

    /// <summary>Sends an email at once.</summary>
    public static WorkflowDefinition Mail() =>
        Build("mail", [Activity("mail", "SendNotification", ("toRole", "FirmAdmin"), ("subject", "Hello"), ("body", "Body"))], []);

    private static ActivityNode Activity(string id, string type, params (string Name, string Value)[] inputs) => new()
    {
        Id = id,
        Type = type,
        Inputs = inputs.ToDictionary(i => i.Name, i => ActivityInput.Literal(i.Value)),
    };

    private static WorkflowDefinition Build(string definitionId, IReadOnlyList<ActivityNode> activities, IReadOnlyList<(string From, string To)> connections) => new()
    {
        DefinitionId = definitionId,
        Name = definitionId,
        Root = new Flowchart
        {
            Activities = activities,
            Connections = connections
                .Select(c => new Connection { Source = new Endpoint { Activity = c.From, Port = "Done" }, Target = new Endpoint { Activity = c.To } })
                .ToList(),
        },
    };
}
