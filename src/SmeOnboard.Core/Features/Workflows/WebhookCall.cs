namespace SmeOnboard.Core.Features.Workflows;

/// <summary>What a webhook call did: the instances it resumed, or the one it started.</summary>
public sealed class WebhookCall
{
    public IReadOnlyList<string> Resumed { get; init; } = [];
    public string? Started { get; init; }
}
