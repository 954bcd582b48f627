namespace SmeOnboard.Core.Features.Devices;

/// <summary>What a device's signal carries: a rising count, a named state, or a measured number.</summary>
public enum SignalType
{
    Counter,
    State,
    Measurement,
}
