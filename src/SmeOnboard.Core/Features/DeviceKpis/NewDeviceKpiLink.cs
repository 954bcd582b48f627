namespace SmeOnboard.Core.Features.DeviceKpis;

/// <summary>What a firm administrator asks for: this installed table is fed by this device, mapped so.</summary>
public sealed class NewDeviceKpiLink
{
    public Guid InstallationId { get; init; }
    public string TableId { get; init; } = "";
    public string DeviceId { get; init; } = "";
    public DeviceKpiMapping Mapping { get; init; } = new();
}
