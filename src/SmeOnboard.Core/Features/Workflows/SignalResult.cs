namespace SmeOnboard.Core.Features.Workflows;

/// <summary>What a device signal did: the waiting instances it moved on and the instances its topic's triggers started.</summary>
public sealed record SignalResult(IReadOnlyList<string> Resumed, IReadOnlyList<string> Started);
