namespace SmeOnboard.Core.Features.Devices;

/// <summary>One signal a device sends, such as "cycles" (counter), "state" (state) or "temperature" in °C (measurement).</summary>
public sealed class SignalDefinition
{
    public string Name { get; init; } = "";

    public string Unit { get; init; } = "";

    public SignalType Type { get; init; }
}
