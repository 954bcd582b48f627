using SmeOnboard.Benchmarks.Support;

namespace SmeOnboard.Benchmarks.Waiting;

/// <summary>A latency distribution in milliseconds, printed as one table row.</summary>
public sealed record LatencySummary(string Operation, IReadOnlyCollection<double> Milliseconds)
{
    public double P50 => Stats.Percentile(Milliseconds, 50);
    public double P95 => Stats.Percentile(Milliseconds, 95);
    public double P99 => Stats.Percentile(Milliseconds, 99);
    public double Max => Milliseconds.Max();

    public string Row(string goal) =>
        $"| {Operation} | {Milliseconds.Count:N0} | {P50:F3} | {P95:F3} | {P99:F3} | {Max:F3} | {goal} |";

    public const string Header = "| operation | samples | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | goal |\n|---|---:|---:|---:|---:|---:|---|";
}
