namespace SmeOnboard.Core.Features.Vouchers.Claims;

/// <summary>A reimbursement claim with what the firm bought, from which programme, and its evidence files (without content).</summary>
public sealed class VoucherClaim
{
    public const string Select =
        """
        SELECT c.id, c.order_id, c.voucher_id, c.programme_id, c.firm_org_id, c.amount_minor, c.approved_minor, c.currency, c.status, c.note, c.filed_at,
               c.decided_at, c.decision_reason, c.transfer_reference, f.name AS firm_name, a.name_en AS app_name_en, a.name_zh AS app_name_zh,
               o.price_minor AS order_price_minor, v.code AS voucher_code, r.name_en AS programme_name_en, r.name_zh AS programme_name_zh,
               p.org_id AS agency_org_id
        FROM voucher_claims c
        JOIN checkout_orders o ON o.id = c.order_id
        JOIN marketplace_apps a ON a.id = o.app_id
        JOIN organisations f ON f.id = c.firm_org_id
        JOIN vouchers v ON v.id = c.voucher_id
        JOIN voucher_programmes p ON p.id = c.programme_id
        JOIN voucher_programme_revisions r ON r.programme_id = p.id AND r.revision = p.current_revision
        """;

    public Guid Id { get; init; }
    public Guid OrderId { get; init; }
    public Guid VoucherId { get; init; }
    public Guid ProgrammeId { get; init; }
    public Guid FirmOrgId { get; init; }
    public long AmountMinor { get; init; }

    /// <summary>What the officer approved and the programme paid out: the amount claimed, or less with a reason.</summary>
    public long? ApprovedMinor { get; init; }

    public bool ApprovedInPart => ApprovedMinor is { } approved && approved < AmountMinor;
    public string Currency { get; init; } = "";
    public string Status { get; init; } = "";
    public string Note { get; init; } = "";
    public DateTimeOffset FiledAt { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? DecisionReason { get; init; }

    /// <summary>The reference of the payout's transfer to the firm, once approved.</summary>
    public string? TransferReference { get; init; }

    public string FirmName { get; init; } = "";
    public string AppNameEn { get; init; } = "";
    public string AppNameZh { get; init; } = "";
    public long OrderPriceMinor { get; init; }
    public string VoucherCode { get; init; } = "";
    public string ProgrammeNameEn { get; init; } = "";
    public string ProgrammeNameZh { get; init; } = "";
    public Guid AgencyOrgId { get; init; }
    public IReadOnlyList<EvidenceFile> Evidence { get; set; } = [];

    public string AppNameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? AppNameZh : AppNameEn;

    public string ProgrammeNameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ProgrammeNameZh : ProgrammeNameEn;
}
