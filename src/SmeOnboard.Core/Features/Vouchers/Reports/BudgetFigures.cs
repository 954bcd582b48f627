namespace SmeOnboard.Core.Features.Vouchers.Reports;

/// <summary>
/// A programme's money as the ledger holds it, in minor units of its currency. Budget = held + spent + remaining, and
/// remaining = on vouchers + unallocated, exactly: every figure is a sum of ledger entries.
/// </summary>
public sealed class BudgetFigures
{
    /// <summary>What the agency put in: the first allocation and every top-up.</summary>
    public long BudgetMinor { get; init; }

    /// <summary>Voucher shares held for orders waiting for their card payment.</summary>
    public long HeldMinor { get; init; }

    /// <summary>Voucher shares of paid orders, less refunds.</summary>
    public long SpentMinor { get; init; }

    /// <summary>The budget neither held nor spent: what issued vouchers can still spend plus what no voucher has yet.</summary>
    public long RemainingMinor => BudgetMinor - HeldMinor - SpentMinor;

    /// <summary>The part of the remaining budget that sits on issued vouchers, unspent.</summary>
    public long OnVouchersMinor { get; init; }

    /// <summary>The part of the remaining budget not yet given to any voucher.</summary>
    public long UnallocatedMinor { get; init; }
}
