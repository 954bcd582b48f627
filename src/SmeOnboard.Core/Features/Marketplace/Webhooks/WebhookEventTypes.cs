namespace SmeOnboard.Core.Features.Marketplace.Webhooks;

/// <summary>The events a vendor's webhook receives; the names are part of the public contract (docs/marketplace-webhooks.md).</summary>
public static class WebhookEventTypes
{
    public const string AppInstalled = "app.installed";
    public const string AppUninstalled = "app.uninstalled";
    public const string ScopeRevoked = "app.scope_revoked";
}
