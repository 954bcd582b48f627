namespace SmeOnboard.Core.Features.Devices;

/// <summary>One signal's readings in one minute or hour: how many, their sum, lowest and highest, and the last state.</summary>
public sealed class AggregateRow
{
    public string Signal { get; init; } = "";

    public string Resolution { get; init; } = "";

    public DateTimeOffset BucketStart { get; init; }

    public long SampleCount { get; init; }

    public double? ValueSum { get; init; }

    public double? ValueMin { get; init; }

    public double? ValueMax { get; init; }

    public string? LastText { get; init; }

    public double? Average => ValueSum is { } sum && SampleCount > 0 ? sum / SampleCount : null;
}
