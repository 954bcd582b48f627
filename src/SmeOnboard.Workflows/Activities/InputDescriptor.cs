using System.Text.Json.Nodes;

namespace SmeOnboard.Workflows.Activities;

/// <summary>Describes one input of an activity for the designer and for validation.</summary>
public sealed record InputDescriptor(string Name, string DisplayName, InputType Type, UiHint UiHint)
{
    public string? Description { get; init; }
    public bool Required { get; init; }

    /// <summary>The values a dropdown offers; a literal outside them is refused.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];
    public JsonNode? DefaultValue { get; init; }

    /// <summary>False for inputs the engine must know before running (a join's mode), which must be literals.</summary>
    public bool AllowsScript { get; init; } = true;
}
