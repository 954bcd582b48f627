using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>A workflow_bookmarks row, with the claim a timer worker holds on it.</summary>
internal sealed class BookmarkRow
{
    public const string Columns =
        "id, instance_id, org_id, activity_id, kind, stimulus_key, stimulus_hash, payload, due_at, created_at, claim_token, claim_until";

    public string Id { get; init; } = "";
    public string InstanceId { get; init; } = "";
    public Guid OrgId { get; init; }
    public string ActivityId { get; init; } = "";
    public string Kind { get; init; } = "";
    public string StimulusKey { get; init; } = "";
    public string StimulusHash { get; init; } = "";
    public string? Payload { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public Guid? ClaimToken { get; init; }
    public DateTimeOffset? ClaimUntil { get; init; }

    public Bookmark ToBookmark() => new()
    {
        Id = Id,
        InstanceId = InstanceId,
        OrganisationId = OrganisationKey.Format(OrgId),
        ActivityId = ActivityId,
        Kind = Enum.Parse<BookmarkKind>(Kind),
        StimulusKey = StimulusKey,
        StimulusHash = StimulusHash,
        Payload = WorkflowRowJson.ReadNode(Payload),
        DueAt = DueAt,
        CreatedAt = CreatedAt,
    };

    /// <summary>The parameters that insert <paramref name="bookmark"/>, unclaimed.</summary>
    public static object Parameters(Bookmark bookmark, Guid orgId) => new
    {
        id = bookmark.Id,
        instanceId = bookmark.InstanceId,
        orgId,
        activityId = bookmark.ActivityId,
        kind = bookmark.Kind.ToString(),
        stimulusKey = bookmark.StimulusKey,
        stimulusHash = bookmark.StimulusHash,
        payload = WorkflowRowJson.WriteNode(bookmark.Payload),
        dueAt = bookmark.DueAt,
        createdAt = bookmark.CreatedAt,
    };
}
