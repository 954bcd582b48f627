namespace SmeOnboard.Core.Features.Devices;

/// <summary>A rejection waiting to be counted on its device.</summary>
public sealed record RejectedMessage(string DeviceId, DeviceRejection Rejection);
