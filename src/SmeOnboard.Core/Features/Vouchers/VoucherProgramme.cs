namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>A programme with its current revision's texts and rules, and its budget summed from the budget rows.</summary>
public sealed class VoucherProgramme
{
    public Guid Id { get; init; }
    public Guid OrgId { get; init; }
    public ProgrammeStatus Status { get; init; }
    public string Currency { get; init; } = "";
    public int CurrentRevision { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public int Version { get; init; }
    public string NameEn { get; init; } = "";
    public string NameZh { get; init; } = "";
    public string DescriptionEn { get; init; } = "";
    public string DescriptionZh { get; init; } = "";
    public DateTimeOffset OpensAt { get; init; }
    public DateTimeOffset ClosesAt { get; init; }
    public ProgrammeRules Rules { get; init; } = new();

    /// <summary>Sum of the initial allocation and every top-up.</summary>
    public long BudgetMinor { get; init; }

    /// <summary>Sum of the face values of every voucher issued so far.</summary>
    public long IssuedMinor { get; init; }

    /// <summary>The budget not yet given to a voucher: the ledger balance of the programme's budget account.</summary>
    public long UnallocatedMinor { get; init; }

    /// <summary>Voucher shares held for orders waiting for payment.</summary>
    public long HeldMinor { get; init; }

    /// <summary>Voucher shares spent on paid orders, less refunds.</summary>
    public long SpentMinor { get; init; }

    public string NameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? NameZh : NameEn;

    public string DescriptionIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? DescriptionZh : DescriptionEn;

    public bool IsOpenAt(DateTimeOffset now) => Status == ProgrammeStatus.Published && OpensAt <= now && now < ClosesAt;

    public ProgrammeDraft ToDraft() => new()
    {
        NameEn = NameEn, NameZh = NameZh, DescriptionEn = DescriptionEn, DescriptionZh = DescriptionZh,
        OpensAt = OpensAt, ClosesAt = ClosesAt, BudgetMinor = BudgetMinor, Currency = Currency, Rules = Rules,
    };
}
