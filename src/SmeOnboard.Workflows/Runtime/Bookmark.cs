using System.Text.Json.Nodes;

namespace SmeOnboard.Workflows.Runtime;

/// <summary>A point where an instance waits, found again by the hash of the stimulus that resumes it.</summary>
public sealed class Bookmark
{
    public required string Id { get; init; }
    public required string InstanceId { get; init; }
    public required string OrganisationId { get; init; }
    public required string ActivityId { get; init; }
    public required BookmarkKind Kind { get; init; }
    public required string StimulusKey { get; init; }
    public required string StimulusHash { get; init; }
    public JsonNode? Payload { get; init; }

    /// <summary>For timers and retries: when the bookmark falls due.</summary>
    public DateTimeOffset? DueAt { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
