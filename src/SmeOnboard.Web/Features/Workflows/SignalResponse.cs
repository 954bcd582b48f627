namespace SmeOnboard.Web.Features.Workflows;

/// <summary>The instances a signal moved on.</summary>
public sealed record SignalResponse(IReadOnlyList<string> Resumed);
