using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Workflows.Expressions;

/// <summary>What a script can see: the instance's variables, its organisation and named read-only values.</summary>
public sealed class ScriptScope
{
    public required VariableSet Variables { get; init; }
    public required string OrganisationId { get; init; }
    public required string InstanceId { get; init; }

    /// <summary>Further read-only globals, such as <c>input</c> or <c>signal</c>.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Globals { get; init; } = new Dictionary<string, JsonNode?>();
}
