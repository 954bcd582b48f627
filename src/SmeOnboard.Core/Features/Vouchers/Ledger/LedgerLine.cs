namespace SmeOnboard.Core.Features.Vouchers.Ledger;

/// <summary>One entry of a ledger transaction: an amount (minor units, never zero) added to one account.</summary>
public sealed class LedgerLine
{
    public string Account { get; init; } = "";
    public Guid? OwnerId { get; init; }
    public Guid? ProgrammeId { get; init; }
    public long AmountMinor { get; init; }
    public string Currency { get; init; } = "";
}
