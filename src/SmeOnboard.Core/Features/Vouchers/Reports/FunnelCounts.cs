namespace SmeOnboard.Core.Features.Vouchers.Reports;

/// <summary>How far firms got: applied, approved, issued a voucher, spent some of it, or let it expire unspent.</summary>
public sealed class FunnelCounts
{
    public int Applications { get; init; }
    public int Approved { get; init; }
    public int Rejected { get; init; }

    /// <summary>Vouchers issued, on approval or from a CSV list.</summary>
    public int Issued { get; init; }

    /// <summary>Vouchers with voucher money spent on a paid order (after refunds).</summary>
    public int Redeemed { get; init; }

    /// <summary>Vouchers past their expiry without any money spent.</summary>
    public int Expired { get; init; }
}
