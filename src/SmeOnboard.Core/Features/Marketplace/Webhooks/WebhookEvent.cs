namespace SmeOnboard.Core.Features.Marketplace.Webhooks;

/// <summary>One queued event with its delivery state, as the vendor sees it.</summary>
public sealed class WebhookEvent
{
    public Guid Id { get; init; }
    public string EventType { get; init; } = "";
    public string AppId { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset NextAttemptAt { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }
    public DateTimeOffset? FailedAt { get; init; }
    public string? LastError { get; init; }
    public IReadOnlyList<WebhookAttempt> AttemptLog { get; init; } = [];

    public bool IsPending => DeliveredAt is null && FailedAt is null;
}
