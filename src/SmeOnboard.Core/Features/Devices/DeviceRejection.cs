namespace SmeOnboard.Core.Features.Devices;

/// <summary>A refused message or subscription: when, why, and the detail (a topic, a signal name, a parser message).</summary>
public sealed record DeviceRejection(DateTimeOffset At, RejectionCode Code, string Detail);
