namespace SmeOnboard.Core.Features.Vouchers.Ledger;

/// <summary>
/// The ledger's accounts. A positive entry adds to an account, a negative one takes from it; every transaction's
/// entries add up to zero per currency, so money only ever moves from one account to another.
/// </summary>
public static class LedgerAccount
{
    /// <summary>Where a programme's money comes from (the agency); negative by what was put in.</summary>
    public const string ProgrammeFunding = "ProgrammeFunding";

    /// <summary>A programme's budget not yet given to a voucher.</summary>
    public const string ProgrammeBudget = "ProgrammeBudget";

    /// <summary>What a voucher can still spend.</summary>
    public const string Voucher = "Voucher";

    /// <summary>A voucher's share held for an order waiting for payment.</summary>
    public const string VoucherHold = "VoucherHold";

    /// <summary>A voucher's share spent on paid orders (owed by the programme to the vendor).</summary>
    public const string VoucherSpent = "VoucherSpent";

    /// <summary>An order's price owed by its payers (card and voucher) until both have paid.</summary>
    public const string OrderReceivable = "OrderReceivable";

    /// <summary>What the platform owes a vendor for its sales, after the platform fee.</summary>
    public const string VendorPayable = "VendorPayable";

    /// <summary>The platform's fees.</summary>
    public const string PlatformFee = "PlatformFee";

    /// <summary>Card money received from (positive) or returned through (negative) the payment provider.</summary>
    public const string CardClearing = "CardClearing";

    /// <summary>What a programme owes for an approved reimbursement claim until its transfer is made.</summary>
    public const string ClaimReceivable = "ClaimReceivable";

    /// <summary>What is owed to a firm for its approved reimbursement claims (negative while owed, zero once transferred).</summary>
    public const string FirmPayable = "FirmPayable";
}
