namespace SmeOnboard.Core.Features.Vouchers.Ledger;

/// <summary>A ledger transaction to write: what happened, for which order, and its entries.</summary>
public sealed class LedgerPosting
{
    public string Kind { get; init; } = "";
    public string Memo { get; init; } = "";
    public Guid? OrderId { get; init; }
    public Guid? UserId { get; init; }
    public IReadOnlyList<LedgerLine> Lines { get; init; } = [];

    /// <summary>Two or more non-zero entries whose amounts add up to zero in every currency.</summary>
    public bool IsBalanced =>
        Lines.Count >= 2 && Lines.All(l => l.AmountMinor != 0) && Lines.GroupBy(l => l.Currency).All(g => g.Sum(l => l.AmountMinor) == 0);
}
