using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Serialization.Elsa;

/// <summary>What an import has built so far: our nodes and connections, variables, and everything that went wrong.</summary>
internal sealed class ElsaImportContext
{
    private static readonly ActivityRegistry Registry = ActivityRegistry.CreateDefault();

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _connectionKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _variableNamesById = new(StringComparer.Ordinal);

    public List<ActivityNode> Nodes { get; } = [];
    public List<Connection> Connections { get; } = [];
    public List<VariableDefinition> Variables { get; } = [];
    public List<ValidationError> Errors { get; } = [];

    /// <summary>Activities of types the importer does not know, as "Type 'name' (id 'x')", for the one error listing them.</summary>
    public List<string> Unsupported { get; } = [];
    public HashSet<string> UnsupportedIds { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> OutcomesOf(ActivityNode node) => Registry.Find(node.Type)?.OutcomesOf(node) ?? [];

    public void Add(ActivityNode node)
    {
        if (!_ids.Add(node.Id))
            Errors.Add(new ValidationError(node.Id, "id", $"The id '{node.Id}' is used by more than one activity."));
        Nodes.Add(node);
    }

    /// <summary>Adds a join; the importer also uses WaitAll joins as pass-through nodes, since one with a single inbound branch just continues.</summary>
    public void AddJoin(string id, string? name, string mode, ActivityMetadata? metadata = null) => Add(new ActivityNode
    {
        Id = id,
        Type = "Join",
        Name = name,
        Metadata = metadata,
        Inputs = new Dictionary<string, ActivityInput> { ["mode"] = ActivityInput.Literal(mode) },
    });

    /// <summary>Connects an outcome port to an activity; drawing the same connection twice adds it once.</summary>
    public void Connect(string from, string port, string to)
    {
        if (_connectionKeys.Add($"{from}\n{port}\n{to}"))
            Connections.Add(new Connection { Source = new Endpoint { Activity = from, Port = port }, Target = new Endpoint { Activity = to } });
    }

    public void MarkUnsupported(string type, string id, string? name)
    {
        UnsupportedIds.Add(id);
        Unsupported.Add(name is null || name == id ? $"{type} (id '{id}')" : $"{type} '{name}' (id '{id}')");
    }

    /// <summary>Declares the variables of an Elsa variables array (the workflow's, or a flowchart's own).</summary>
    public void DeclareVariables(JsonNode? variables)
    {
        foreach (var variable in ElsaJson.Objects(variables))
            Declare(variable, "variables");
    }

    /// <summary>Declares an Elsa variable unless one of that name exists; returns its name, or null when it has none.</summary>
    public string? Declare(JsonObject variable, string field)
    {
        var name = ElsaJson.String(variable["name"]);
        if (string.IsNullOrWhiteSpace(name))
        {
            Errors.Add(new ValidationError(null, field, "A variable has no name."));
            return null;
        }
        if (ElsaJson.String(variable["id"]) is { } id)
            _variableNamesById[id] = name;
        if (Variables.Any(v => v.Name == name))
            return name;
        var type = ElsaValues.TypeOf(ElsaJson.String(variable["typeName"]), variable["isArray"]?.GetValueKind() == System.Text.Json.JsonValueKind.True);
        if (!ElsaValues.TryConvert(variable["value"], type, out var value))
        {
            Errors.Add(new ValidationError(null, $"variables.{name}.value", $"'{variable["value"]}' is not a value of type {type}."));
            value = null;
        }
        Variables.Add(new VariableDefinition { Name = name, Type = type, Default = value });
        return name;
    }

    /// <summary>The name of the variable an Elsa reference points to, by name or by id.</summary>
    public string? VariableName(JsonNode? reference) => reference switch
    {
        JsonObject o when ElsaJson.String(o["name"]) is { Length: > 0 } => Declare(o, "variable"),
        JsonObject o when ElsaJson.String(o["id"]) is { } id => _variableNamesById.GetValueOrDefault(id),
        _ => ElsaJson.String(reference),
    };

    public VariableDefinition? Variable(string name) => Variables.FirstOrDefault(v => v.Name == name);
}
