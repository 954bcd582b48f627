namespace SmeOnboard.Core.Features.Devices;

/// <summary>One stored value of one signal.</summary>
public sealed class ReadingRow
{
    public string Signal { get; init; } = "";

    public DateTimeOffset RecordedAt { get; init; }

    public double? NumberValue { get; init; }

    public string? TextValue { get; init; }
}
