namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>A programme joined with its current revision and budget sums, as read; the rules still JSON.</summary>
internal sealed class ProgrammeRow
{
    public const string Select =
        """
        SELECT p.id, p.org_id, p.status, p.currency, p.current_revision, p.created_at, p.version,
               r.name_en, r.name_zh, r.description_en, r.description_zh, r.opens_at, r.closes_at, r.rules,
               (SELECT COALESCE(SUM(b.amount_minor), 0) FROM voucher_budget_entries b WHERE b.programme_id = p.id) AS budget_minor,
               (SELECT COALESCE(SUM(v.face_minor), 0) FROM vouchers v WHERE v.programme_id = p.id) AS issued_minor,
               (SELECT COALESCE(SUM(le.amount_minor), 0) FROM ledger_entries le WHERE le.programme_id = p.id AND le.account = 'ProgrammeBudget') AS unallocated_minor,
               (SELECT COALESCE(SUM(le.amount_minor), 0) FROM ledger_entries le WHERE le.programme_id = p.id AND le.account = 'VoucherHold') AS held_minor,
               (SELECT COALESCE(SUM(le.amount_minor), 0) FROM ledger_entries le WHERE le.programme_id = p.id AND le.account = 'VoucherSpent') AS spent_minor
        FROM voucher_programmes p
        JOIN voucher_programme_revisions r ON r.programme_id = p.id AND r.revision = p.current_revision
        """;

    public Guid Id { get; init; }
    public Guid OrgId { get; init; }
    public string Status { get; init; } = "";
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
    public string Rules { get; init; } = "";
    public long BudgetMinor { get; init; }
    public long IssuedMinor { get; init; }
    public long UnallocatedMinor { get; init; }
    public long HeldMinor { get; init; }
    public long SpentMinor { get; init; }

    public VoucherProgramme ToProgramme() => new()
    {
        Id = Id, OrgId = OrgId, Status = Enum.Parse<ProgrammeStatus>(Status), Currency = Currency, CurrentRevision = CurrentRevision,
        CreatedAt = CreatedAt, Version = Version, NameEn = NameEn, NameZh = NameZh, DescriptionEn = DescriptionEn,
        DescriptionZh = DescriptionZh, OpensAt = OpensAt, ClosesAt = ClosesAt, Rules = ProgrammeRulesJson.Read(Rules),
        BudgetMinor = BudgetMinor, IssuedMinor = IssuedMinor, UnallocatedMinor = UnallocatedMinor, HeldMinor = HeldMinor, SpentMinor = SpentMinor,
    };
}
