using SmeOnboard.Core.Features.Vouchers;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>Everything the voucher share of one purchase depends on, read under the voucher's and programme's locks.</summary>
public sealed class ShareInputs
{
    public string AppId { get; init; } = "";
    public string AppCategory { get; init; } = "";
    public bool AppVoucherEligible { get; init; }
    public long PriceMinor { get; init; }
    public string Currency { get; init; } = "";

    public Guid FirmOrgId { get; init; }
    public string? FirmHeadcountBand { get; init; }
    public DateTimeOffset Now { get; init; }

    /// <summary>The voucher to use; null buys without one.</summary>
    public Voucher? Voucher { get; init; }

    /// <summary>The rules of the revision the voucher was issued under.</summary>
    public ProgrammeRules Rules { get; init; } = new();

    /// <summary>The programme's status now: only a published programme pays.</summary>
    public ProgrammeStatus ProgrammeStatus { get; init; }

    public long VoucherBalanceMinor { get; init; }

    /// <summary>The firm's cap in this programme less what its vouchers hold and spent.</summary>
    public long CapRemainingMinor { get; init; }

    /// <summary>
    /// The budget put into the programme less everything held and spent by all of its vouchers; while the programme has
    /// not promised more than it has, the part of it this voucher can reach (its unallocated budget plus the voucher's
    /// balance), which limits a share the same way (<see cref="VoucherUseSql.ProgrammeRemaining"/>).
    /// </summary>
    public long ProgrammeRemainingMinor { get; init; }

    /// <summary>How the voucher is being used: at checkout, or claimed back after the firm paid in full.</summary>
    public RedemptionMode Mode { get; init; } = RedemptionMode.Upfront;

    /// <summary>Orders waiting for payment or paid with this voucher, and its claims filed or approved.</summary>
    public int PurchasesUsed { get; init; }
}
