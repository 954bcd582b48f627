namespace SmeOnboard.Core.Features.Vouchers.Reports;

/// <summary>The rows a programme report is computed from, as the store reads them.</summary>
internal sealed class ReportRows
{
    public ProgrammeHeader Header { get; init; } = new();
    public DateTimeOffset AsOf { get; init; }
    public IReadOnlyList<AccountSum> Accounts { get; init; } = [];
    public IReadOnlyList<StatusCount> Applications { get; init; } = [];
    public IReadOnlyList<VoucherRow> Vouchers { get; init; } = [];
    public IReadOnlyList<OrderRow> Orders { get; init; } = [];
    public IReadOnlyList<AssessmentRow> Assessments { get; init; } = [];

    internal sealed class ProgrammeHeader
    {
        public Guid Id { get; init; }
        public string Status { get; init; } = "";
        public string Currency { get; init; } = "";
        public string NameEn { get; init; } = "";
        public string NameZh { get; init; } = "";
    }

    internal sealed class AccountSum
    {
        public string Account { get; init; } = "";
        public long AmountMinor { get; init; }
    }

    internal sealed class StatusCount
    {
        public string Status { get; init; } = "";
        public long Count { get; init; }
    }

    internal sealed class VoucherRow
    {
        public Guid Id { get; init; }
        public Guid FirmOrgId { get; init; }
        public DateTimeOffset IssuedAt { get; init; }
        public DateTimeOffset ExpiresAt { get; init; }
        public string? Region { get; init; }
        public string? IndustryCode { get; init; }
        public string? HeadcountBand { get; init; }
        public long SpentMinor { get; init; }
    }

    internal sealed class OrderRow
    {
        public Guid OrderId { get; init; }
        public string Category { get; init; } = "";
        public Guid VendorOrgId { get; init; }
        public string VendorName { get; init; } = "";
        public long NetPriceMinor { get; init; }
        public long SpentMinor { get; init; }
    }

    internal sealed class AssessmentRow
    {
        public Guid OrgId { get; init; }
        public DateTimeOffset TakenAt { get; init; }
        public int Level { get; init; }
    }
}
