using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Workflows.Tests.Support;

/// <summary>Builds definitions in a line per activity or connection.</summary>
internal sealed class FlowBuilder
{
    private readonly List<ActivityNode> _activities = [];
    private readonly List<Connection> _connections = [];
    private readonly List<VariableDefinition> _variables = [];

    public static ActivityInput Lit(JsonNode? value) => ActivityInput.Literal(value);

    public static ActivityInput Js(string script) => ActivityInput.JavaScript(script);

    public FlowBuilder Add(string id, string type, params (string Name, ActivityInput Input)[] inputs)
    {
        _activities.Add(new ActivityNode { Id = id, Type = type, Inputs = inputs.ToDictionary(i => i.Name, i => i.Input) });
        return this;
    }

    public FlowBuilder Connect(string from, string to, string port = "Done")
    {
        _connections.Add(new Connection { Source = new Endpoint { Activity = from, Port = port }, Target = new Endpoint { Activity = to } });
        return this;
    }

    public FlowBuilder Variable(string name, VariableType type, JsonNode? initial = null)
    {
        _variables.Add(new VariableDefinition { Name = name, Type = type, Default = initial });
        return this;
    }

    public WorkflowDefinition Build(string id = "test", int version = 1) => new()
    {
        DefinitionId = id,
        Version = version,
        Name = id,
        Variables = _variables,
        Root = new Flowchart { Activities = _activities, Connections = _connections },
    };
}
