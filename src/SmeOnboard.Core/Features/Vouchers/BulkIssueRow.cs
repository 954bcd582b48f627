namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>One line of a bulk-issue CSV and what became of it: a voucher, or the reason none was issued.</summary>
public sealed record BulkIssueRow(int Line, string FirmId, string? FirmName, IssueRefusal Refusal, bool Duplicate, string? VoucherCode, string? Detail)
{
    public bool Issued => VoucherCode is not null;
}
