namespace SmeOnboard.Web.Features.Workflows;

/// <summary>The instances a signal moved on, and those its topic's DeviceSignal triggers started.</summary>
public sealed record SignalResponse(IReadOnlyList<string> Resumed, IReadOnlyList<string> Started);
