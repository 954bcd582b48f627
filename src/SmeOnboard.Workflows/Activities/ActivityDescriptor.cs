namespace SmeOnboard.Workflows.Activities;

/// <summary>What the designer's palette and property panel know about an activity type.</summary>
public sealed record ActivityDescriptor(string Type, string Category, string DisplayName, string Description)
{
    public IReadOnlyList<InputDescriptor> Inputs { get; init; } = [];

    /// <summary>The outcome ports; for activities with outcomes taken from their inputs, those that always exist.</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [Outcome.Done];

    /// <summary>True when more outcome ports come from the activity's inputs (switch cases, fork branches).</summary>
    public bool HasDynamicOutcomes { get; init; }

    /// <summary>True when the activity can start a new instance.</summary>
    public bool IsTrigger { get; init; }

    /// <summary>The input with the given name, or null.</summary>
    public InputDescriptor? Input(string name) => Inputs.FirstOrDefault(i => i.Name == name);
}
