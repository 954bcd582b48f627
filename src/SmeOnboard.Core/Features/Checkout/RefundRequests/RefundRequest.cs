namespace SmeOnboard.Core.Features.Checkout.RefundRequests;

/// <summary>A vendor's request to refund part or all of one of its orders, with the order's app, firm and amounts.</summary>
public sealed class RefundRequest
{
    public const string Select =
        """
        SELECT q.id, q.order_id, q.vendor_org_id, q.card_minor, q.voucher_minor, q.reason, q.status, q.requested_at, q.decided_at, q.decision_note,
               q.refund_id, o.currency, o.price_minor AS order_price_minor, a.name_en AS app_name_en, a.name_zh AS app_name_zh,
               f.name AS firm_name, vo.name AS vendor_name
        FROM checkout_refund_requests q
        JOIN checkout_orders o ON o.id = q.order_id
        JOIN marketplace_apps a ON a.id = o.app_id
        JOIN organisations f ON f.id = o.firm_org_id
        JOIN organisations vo ON vo.id = q.vendor_org_id
        """;

    public Guid Id { get; init; }
    public Guid OrderId { get; init; }
    public Guid VendorOrgId { get; init; }
    public long CardMinor { get; init; }
    public long VoucherMinor { get; init; }
    public string Reason { get; init; } = "";
    public string Status { get; init; } = "";
    public DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? DecisionNote { get; init; }

    /// <summary>The refund made when the request was approved.</summary>
    public Guid? RefundId { get; init; }

    public string Currency { get; init; } = "";
    public long OrderPriceMinor { get; init; }
    public string AppNameEn { get; init; } = "";
    public string AppNameZh { get; init; } = "";
    public string FirmName { get; init; } = "";
    public string VendorName { get; init; } = "";

    public string AppNameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? AppNameZh : AppNameEn;
}
