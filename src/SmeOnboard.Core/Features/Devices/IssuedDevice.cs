namespace SmeOnboard.Core.Features.Devices;

/// <summary>A device and the secret just issued for it, which is shown this once: only its hash is kept.</summary>
public sealed record IssuedDevice(DeviceRow Device, string Secret);
