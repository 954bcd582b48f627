namespace SmeOnboard.Core.Features.Marketplace.Webhooks;

/// <summary>The headers of a webhook delivery; the signature header is the one app action calls carry.</summary>
public static class WebhookHeaders
{
    public const string Signature = Workflows.AppActionSignature.Header;
    public const string EventId = "X-SmeOnboard-Event-Id";
    public const string EventType = "X-SmeOnboard-Event";
}
