namespace SmeOnboard.Core.Features.Workflows;

/// <summary>An activity that differs between two versions; for a changed one, what changed.</summary>
public sealed class ActivityChange
{
    public required string ActivityId { get; init; }
    public required string Type { get; init; }
    public string? Name { get; init; }

    /// <summary>The inputs whose value or expression kind differ (set, cleared or edited), in name order.</summary>
    public IReadOnlyList<string> ChangedInputs { get; init; } = [];
    public bool NameChanged { get; init; }
    public bool TypeChanged { get; init; }
}
