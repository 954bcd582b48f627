namespace SmeOnboard.Core.Features.Devices;

/// <summary>One accepted value of a message: a number for counters and measurements, text for states.</summary>
public sealed record SignalValue(string Signal, double? Number, string? Text);
