namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>An order paid partly or wholly by a programme's voucher, with the names an officer reads.</summary>
internal sealed class VoucherPurchase
{
    public const string Columns =
        "o.id, o.firm_org_id, o.vendor_org_id, o.voucher_id, o.app_id, o.price_minor, o.share_minor, o.currency, o.created_at, " +
        "a.name_en AS app_name_en, f.name AS firm_name, vend.name AS vendor_name";

    public const string From =
        "FROM checkout_orders o JOIN marketplace_apps a ON a.id = o.app_id JOIN organisations f ON f.id = o.firm_org_id JOIN organisations vend ON vend.id = o.vendor_org_id";

    public Guid Id { get; init; }
    public Guid FirmOrgId { get; init; }
    public Guid VendorOrgId { get; init; }
    public Guid? VoucherId { get; init; }
    public string AppId { get; init; } = "";
    public long PriceMinor { get; init; }
    public long ShareMinor { get; init; }
    public string Currency { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public string AppNameEn { get; init; } = "";
    public string FirmName { get; init; } = "";
    public string VendorName { get; init; } = "";
}
