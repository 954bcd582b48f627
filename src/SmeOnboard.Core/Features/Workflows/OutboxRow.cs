using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>A workflow_outbox row, with the claim a dispatcher holds on it.</summary>
internal sealed class OutboxRow
{
    public const string Columns =
        "idempotency_key, instance_id, org_id, activity_id, kind, payload, created_at, attempts, claim_token, claim_until, done_at";

    public string IdempotencyKey { get; init; } = "";
    public string InstanceId { get; init; } = "";
    public Guid OrgId { get; init; }
    public string ActivityId { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Payload { get; init; } = "{}";
    public DateTimeOffset CreatedAt { get; init; }
    public int Attempts { get; init; }
    public Guid? ClaimToken { get; init; }
    public DateTimeOffset? ClaimUntil { get; init; }
    public DateTimeOffset? DoneAt { get; init; }

    public OutboxMessage ToMessage() => new()
    {
        IdempotencyKey = IdempotencyKey,
        InstanceId = InstanceId,
        OrganisationId = OrganisationKey.Format(OrgId),
        ActivityId = ActivityId,
        Kind = Enum.Parse<OutboxKind>(Kind),
        Payload = WorkflowRowJson.ReadNode(Payload)?.AsObject() ?? [],
        CreatedAt = CreatedAt,
    };

    /// <summary>The parameters that insert <paramref name="message"/>, unclaimed and not done.</summary>
    public static object Parameters(OutboxMessage message, Guid orgId) => new
    {
        idempotencyKey = message.IdempotencyKey,
        instanceId = message.InstanceId,
        orgId,
        activityId = message.ActivityId,
        kind = message.Kind.ToString(),
        payload = WorkflowRowJson.WriteNode(message.Payload) ?? "{}",
        createdAt = message.CreatedAt,
    };
}
