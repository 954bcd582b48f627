namespace SmeOnboard.Core.Features.Kpis;

/// <summary>One category of a Pareto chart: its total, its share of the whole and the running share up to it (percent).</summary>
public sealed class ParetoBar
{
    public string Category { get; init; } = "";
    public double Value { get; init; }
    public double Share { get; init; }
    public double Cumulative { get; init; }
}
