namespace SmeOnboard.Core.Features.Workflows;

/// <summary>One page of an instance list and how many instances match in all.</summary>
public sealed class InstancePage
{
    public required IReadOnlyList<InstanceSummary> Items { get; init; }
    public required int Total { get; init; }
}
