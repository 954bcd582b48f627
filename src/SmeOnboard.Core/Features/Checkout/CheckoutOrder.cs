namespace SmeOnboard.Core.Features.Checkout;

/// <summary>A checkout_orders row: one attempt of a firm to buy one app, with its split and its payment.</summary>
public sealed class CheckoutOrder
{
    public const string Columns =
        "o.id, o.firm_org_id, o.app_id, o.app_version, o.vendor_org_id, o.voucher_id, o.programme_id, o.price_minor, o.share_minor, " +
        "o.remainder_minor, o.fee_minor, o.currency, o.status, o.consented_scopes, o.payment_intent_id, o.payout_account_id, o.sandbox, " +
        "o.created_at, o.expires_at, o.settled_at, a.name_en AS app_name_en, a.name_zh AS app_name_zh, f.name AS firm_name, " +
        "(SELECT COALESCE(SUM(r.card_minor), 0) FROM checkout_refunds r WHERE r.order_id = o.id) AS refunded_card_minor, " +
        "(SELECT COALESCE(SUM(r.voucher_minor), 0) FROM checkout_refunds r WHERE r.order_id = o.id) AS refunded_voucher_minor";

    public const string From = "FROM checkout_orders o JOIN marketplace_apps a ON a.id = o.app_id JOIN organisations f ON f.id = o.firm_org_id";

    public Guid Id { get; init; }
    public Guid FirmOrgId { get; init; }
    public string AppId { get; init; } = "";
    public string AppVersion { get; init; } = "";
    public Guid VendorOrgId { get; init; }
    public Guid? VoucherId { get; init; }
    public Guid? ProgrammeId { get; init; }
    public long PriceMinor { get; init; }
    public long ShareMinor { get; init; }
    public long RemainderMinor { get; init; }
    public long FeeMinor { get; init; }
    public string Currency { get; init; } = "";
    public string Status { get; init; } = "";

    /// <summary>The data scopes the firm consented to at checkout, space-separated; the install grants exactly these.</summary>
    public string ConsentedScopes { get; init; } = "";

    public string? PaymentIntentId { get; init; }
    public string? PayoutAccountId { get; init; }
    public bool Sandbox { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? SettledAt { get; init; }
    public string AppNameEn { get; init; } = "";
    public string AppNameZh { get; init; } = "";
    public string FirmName { get; init; } = "";
    public long RefundedCardMinor { get; init; }
    public long RefundedVoucherMinor { get; init; }

    public IReadOnlyList<string> Scopes => ConsentedScopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public string AppNameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? AppNameZh : AppNameEn;
}
