namespace SmeOnboard.Core.Features.Marketplace.Webhooks;

/// <summary>A vendor's webhook address; the secret itself is never read back, only when it was made.</summary>
public sealed class VendorWebhook
{
    public string Url { get; init; } = "";
    public DateTimeOffset SecretCreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
