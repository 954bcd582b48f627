namespace SmeOnboard.Core.Features.Marketplace.Manifests;

/// <summary>An action workflows can call: the portal posts its inputs to the webhook, if the install holds the scopes.</summary>
public sealed class AppAction
{
    public string Name { get; init; } = "";
    public LocalizedText DisplayName { get; init; } = new();
    public IReadOnlyList<ActionInput> Inputs { get; init; } = [];
    public string WebhookUrl { get; init; } = "";
    public IReadOnlyList<string> RequiredScopes { get; init; } = [];
}
