namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>An issued voucher, with the programme revision it pins and what that revision lets it buy.</summary>
public sealed class Voucher
{
    public const string Columns =
        "v.id, v.code, v.programme_id, v.revision, v.firm_org_id, v.application_id, v.face_minor, v.currency, v.issued_at, v.expires_at, " +
        "(SELECT COALESCE(SUM(le.amount_minor), 0) FROM ledger_entries le WHERE le.owner_id = v.id AND le.account = 'Voucher') AS balance_minor";

    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public Guid ProgrammeId { get; init; }
    public int Revision { get; init; }
    public Guid FirmOrgId { get; init; }
    public Guid? ApplicationId { get; init; }
    public long FaceMinor { get; init; }
    public string Currency { get; init; } = "";
    public DateTimeOffset IssuedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>What is left to spend: the ledger balance of the voucher's account (face value less holds and spending).</summary>
    public long BalanceMinor { get; init; }

    public bool IsActiveAt(DateTimeOffset now) => now < ExpiresAt;
}
