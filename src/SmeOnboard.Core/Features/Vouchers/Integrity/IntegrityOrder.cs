namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>An order paid with a programme's voucher as an officer sees it, with its spot check if it has one.</summary>
public sealed class IntegrityOrder
{
    public const string Select =
        """
        SELECT o.id, o.firm_org_id, o.vendor_org_id, o.voucher_id, o.app_id, o.price_minor, o.share_minor, o.currency, o.status, o.created_at,
               a.name_en AS app_name_en, a.name_zh AS app_name_zh, f.name AS firm_name, vend.name AS vendor_name, v.code AS voucher_code,
               sc.status AS spot_check_status, sc.outcome_note AS spot_check_note
        FROM checkout_orders o JOIN voucher_programmes p ON p.id = o.programme_id
        JOIN marketplace_apps a ON a.id = o.app_id JOIN organisations f ON f.id = o.firm_org_id JOIN organisations vend ON vend.id = o.vendor_org_id
        LEFT JOIN vouchers v ON v.id = o.voucher_id LEFT JOIN voucher_spot_checks sc ON sc.order_id = o.id
        """;

    public Guid Id { get; init; }
    public Guid FirmOrgId { get; init; }
    public Guid VendorOrgId { get; init; }
    public Guid? VoucherId { get; init; }
    public string AppId { get; init; } = "";
    public long PriceMinor { get; init; }
    public long ShareMinor { get; init; }
    public string Currency { get; init; } = "";
    public string Status { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public string AppNameEn { get; init; } = "";
    public string AppNameZh { get; init; } = "";
    public string FirmName { get; init; } = "";
    public string VendorName { get; init; } = "";
    public string? VoucherCode { get; init; }

    /// <summary>Null when not marked; Open, Passed or Failed.</summary>
    public string? SpotCheckStatus { get; init; }

    public string? SpotCheckNote { get; init; }

    public string AppNameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? AppNameZh : AppNameEn;
}
