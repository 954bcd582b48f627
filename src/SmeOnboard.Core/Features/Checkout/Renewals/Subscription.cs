namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>A checkout_subscriptions row: a firm's monthly or yearly app, renewed by an order on each due date.</summary>
public sealed class Subscription
{
    public const string Columns =
        "s.id, s.firm_org_id, s.app_id, s.first_order_id, s.voucher_id, s.period, s.price_minor, s.currency, s.status, s.renews_at, " +
        "s.past_due_reason, s.created_at, s.cancelled_at, a.name_en AS app_name_en, a.name_zh AS app_name_zh";

    public const string From = "FROM checkout_subscriptions s JOIN marketplace_apps a ON a.id = s.app_id";

    public Guid Id { get; init; }
    public Guid FirmOrgId { get; init; }
    public string AppId { get; init; } = "";
    public Guid FirstOrderId { get; init; }

    /// <summary>The voucher of the first order; it keeps paying its share of renewals while it is valid and has money left.</summary>
    public Guid? VoucherId { get; init; }

    /// <summary>monthly or yearly (the app's pricing model when it was bought).</summary>
    public string Period { get; init; } = "";
    public long PriceMinor { get; init; }
    public string Currency { get; init; } = "";
    public string Status { get; init; } = "";
    public DateTimeOffset RenewsAt { get; init; }
    public string? PastDueReason { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    public string AppNameEn { get; init; } = "";
    public string AppNameZh { get; init; } = "";

    public string AppNameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? AppNameZh : AppNameEn;

    /// <summary>The due date after <paramref name="from"/>: one month or one year on.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset from) => Period == SubscriptionPeriods.Yearly ? from.AddYears(1) : from.AddMonths(1);
}
