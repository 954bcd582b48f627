namespace SmeOnboard.Core.Features.Devices;

/// <summary>What a firm admin enters to register a machine.</summary>
public sealed class NewDevice
{
    public string Name { get; set; } = "";

    public string MachineType { get; set; } = "";

    public string Location { get; set; } = "";

    public List<SignalDefinition> Signals { get; set; } = [];
}
