namespace SmeOnboard.Core.Features.Marketplace.Webhooks;

/// <summary>One delivery attempt: the status the vendor's endpoint answered, or why no answer came.</summary>
public sealed class WebhookAttempt
{
    public Guid EventId { get; init; }
    public int Attempt { get; init; }
    public DateTimeOffset AttemptedAt { get; init; }
    public int? StatusCode { get; init; }
    public string? Error { get; init; }
}
