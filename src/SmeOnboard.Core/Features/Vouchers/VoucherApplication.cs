namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>A firm's application to a programme, with the officer's decision once there is one.</summary>
public sealed class VoucherApplication
{
    public const int MaxNoteLength = 500;

    public const string Columns =
        "a.id, a.programme_id, a.firm_org_id, o.name AS firm_name, o.region AS firm_region, o.industry_code AS firm_industry_code, " +
        "o.headcount_band AS firm_headcount_band, a.status, a.note, a.applied_at, a.decided_at, a.decision_reason";

    public Guid Id { get; init; }
    public Guid ProgrammeId { get; init; }
    public Guid FirmOrgId { get; init; }
    public string FirmName { get; init; } = "";
    public string? FirmRegion { get; init; }
    public string? FirmIndustryCode { get; init; }
    public string? FirmHeadcountBand { get; init; }
    public ApplicationStatus Status { get; init; }
    public string Note { get; init; } = "";
    public DateTimeOffset AppliedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? DecisionReason { get; init; }
}
