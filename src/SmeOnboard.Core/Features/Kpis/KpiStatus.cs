namespace SmeOnboard.Core.Features.Kpis;

/// <summary>Where a KPI's figure stands against its target.</summary>
public enum KpiStatus
{
    /// <summary>No figure: no rows, or a division by zero.</summary>
    NoValue,
    OnTarget,
    OffTarget,
}
