namespace SmeOnboard.Core.Features.Kpis;

/// <summary>The bucket a trend groups rows into: one calendar day, or one week starting on Monday.</summary>
public enum TrendStep
{
    Day,
    Week,
}
