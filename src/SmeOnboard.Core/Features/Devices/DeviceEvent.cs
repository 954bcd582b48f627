namespace SmeOnboard.Core.Features.Devices;

/// <summary>What the ingest hands the writer: an accepted message or a rejection to count.</summary>
public sealed record DeviceEvent(DeviceMessage? Message, RejectedMessage? Rejected);
