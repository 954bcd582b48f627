namespace SmeOnboard.Core.Features.Workflows;

/// <summary>A workflow_webhook_secrets row as the webhook checks it.</summary>
internal sealed class WebhookSecretRow
{
    public Guid OrgId { get; init; }
    public string SecretHash { get; init; } = "";
}
