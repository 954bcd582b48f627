using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>What changed from one version of a workflow to another; positions on the canvas do not count as changes.</summary>
public sealed class DefinitionDiff
{
    public int FromVersion { get; init; }
    public int ToVersion { get; init; }
    public IReadOnlyList<ActivityChange> Added { get; init; } = [];
    public IReadOnlyList<ActivityChange> Removed { get; init; } = [];
    public IReadOnlyList<ActivityChange> Changed { get; init; } = [];
    public IReadOnlyList<Connection> ConnectionsAdded { get; init; } = [];
    public IReadOnlyList<Connection> ConnectionsRemoved { get; init; } = [];

    public bool IsEmpty => Added.Count + Removed.Count + Changed.Count + ConnectionsAdded.Count + ConnectionsRemoved.Count == 0;
}
