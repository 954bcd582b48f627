namespace SmeOnboard.Benchmarks.Support;

/// <summary>Order statistics over measured samples (nearest-rank percentiles, so every figure is a value that was measured).</summary>
public static class Stats
{
    public static double Median(IReadOnlyCollection<double> samples) => Percentile(samples, 50);

    public static double Percentile(IReadOnlyCollection<double> samples, double percent)
    {
        if (samples.Count == 0)
            throw new ArgumentException("No samples.", nameof(samples));
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
