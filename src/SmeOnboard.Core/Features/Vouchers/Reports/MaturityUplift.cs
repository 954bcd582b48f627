namespace SmeOnboard.Core.Features.Vouchers.Reports;

/// <summary>
/// Maturity levels of the firms holding a voucher that took the self-assessment again after it was issued: the level
/// when the voucher was issued (the last assessment before it, else the first one) against the latest level.
/// </summary>
public sealed class MaturityUplift
{
    public int Firms { get; init; }
    public int Improved { get; init; }
    public int Unchanged { get; init; }
    public int Declined { get; init; }

    /// <summary>Average level before, over <see cref="Firms"/>; null when no firm was reassessed.</summary>
    public decimal? AverageBefore { get; init; }

    public decimal? AverageAfter { get; init; }

    /// <summary>Levels 1 to 4, each with its firm counts before and after.</summary>
    public IReadOnlyList<UpliftLevel> Levels { get; init; } = [];
}
