using System.Text.Json.Nodes;

namespace SmeOnboard.Workflows.Runtime;

/// <summary>A side effect to carry out after the burst is committed; the idempotency key stops it running twice.</summary>
public sealed class OutboxMessage
{
    public required string IdempotencyKey { get; init; }
    public required string InstanceId { get; init; }
    public required string OrganisationId { get; init; }
    public required string ActivityId { get; init; }
    public required OutboxKind Kind { get; init; }
    public required JsonObject Payload { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
