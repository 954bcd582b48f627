namespace SmeOnboard.Cli.Devices;

/// <summary>What `devices simulate` was asked to do.</summary>
public sealed class SimulatorSettings
{
    public required string Host { get; init; }
    public required int Port { get; init; }
    public required string DeviceId { get; init; }
    public required string Secret { get; init; }
    public Guid? FirmId { get; init; }
    public required int Seconds { get; init; }
    public required IReadOnlyCollection<string> Signals { get; init; }
    public required double StopChance { get; init; }
}
