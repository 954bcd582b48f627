namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>An issued voucher, with the programme revision it pins and what that revision lets it buy.</summary>
public sealed class Voucher
{
    public const string Columns =
        "v.id, v.code, v.programme_id, v.revision, v.firm_org_id, v.application_id, v.face_minor, v.currency, v.issued_at, v.expires_at";

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

    /// <summary>What is left to spend. Nothing is spent before checkout exists, so it is the face value until the ledger subtracts.</summary>
    public long BalanceMinor => FaceMinor;

    public bool IsActiveAt(DateTimeOffset now) => now < ExpiresAt;
}
