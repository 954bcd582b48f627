namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>An organisation's legal details as stored: the bank account only as its hash and last four characters.</summary>
public sealed class LegalDetails
{
    public Guid OrgId { get; init; }
    public string? RegisteredAddress { get; init; }
    public string? DirectorName { get; init; }
    public string? BankAccountLast4 { get; init; }
    public string? BankAccountHash { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
}
