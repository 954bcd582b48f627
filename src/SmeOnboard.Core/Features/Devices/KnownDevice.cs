namespace SmeOnboard.Core.Features.Devices;

/// <summary>A device that proved who it is (or, from an external broker, whose topic named it), with its signals read once.</summary>
public sealed record KnownDevice(Guid OrgId, string Id, IReadOnlyList<SignalDefinition> Signals)
{
    public static KnownDevice Of(DeviceRow row) => new(row.OrgId, row.Id, DeviceJson.Signals(row));
}
