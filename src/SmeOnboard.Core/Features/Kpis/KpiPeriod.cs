namespace SmeOnboard.Core.Features.Kpis;

/// <summary>A range of whole days, both ends included, that a dashboard's figures cover.</summary>
public readonly record struct KpiPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The days up to and including <paramref name="last"/>: LastDays(d, 30) covers d−29 … d.</summary>
    public static KpiPeriod LastDays(DateOnly last, int days) => new(last.AddDays(1 - days), last);

    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool Contains(DateOnly day) => day >= From && day <= To;
}
