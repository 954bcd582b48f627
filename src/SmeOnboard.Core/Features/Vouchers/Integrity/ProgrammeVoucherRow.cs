namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>A voucher of a programme with its balances from the ledger and its claw-back, if any.</summary>
public sealed class ProgrammeVoucherRow
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public Guid FirmOrgId { get; init; }
    public string FirmName { get; init; } = "";
    public long FaceMinor { get; init; }
    public long BalanceMinor { get; init; }
    public long HeldMinor { get; init; }
    public long SpentMinor { get; init; }
    public string Currency { get; init; } = "";
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? ClawedBackAt { get; init; }
    public long? ClawedBackMinor { get; init; }
    public string? ClawbackReason { get; init; }

    public bool IsClawedBack => ClawedBackAt is not null;
}
