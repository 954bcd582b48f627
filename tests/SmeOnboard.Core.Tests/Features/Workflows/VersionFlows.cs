using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>Versions of one small workflow for the history and diff tests: lines written one after the other.</summary>
internal static class VersionFlows
{
    /// <summary>One WriteLine per (id, text), connected in order from Done to In.</summary>
    public static WorkflowDefinition Lines(string definitionId, params (string Id, string Text)[] lines) => new()
    {
        DefinitionId = definitionId,
        Name = definitionId,
        Root = new Flowchart
        {
            Activities = lines.Select((l, i) => Line(l.Id, l.Text, i * 200)).ToList(),
            Connections = lines.Zip(lines.Skip(1), (a, b) => Connect(a.Id, b.Id)).ToList(),
        },
    };

    public static ActivityNode Line(string id, string text, double x = 0) => new()
    {
        Id = id,
        Type = "WriteLine",
        Inputs = new Dictionary<string, ActivityInput> { ["text"] = ActivityInput.Literal(text) },
        Metadata = new ActivityMetadata { Designer = new DesignerMetadata { Position = new Position(x, 0) } },
    };

    public static Connection Connect(string from, string to) =>
        new() { Source = new Endpoint { Activity = from, Port = "Done" }, Target = new Endpoint { Activity = to } };
}
