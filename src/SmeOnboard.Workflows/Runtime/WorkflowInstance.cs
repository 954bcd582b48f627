using System.Text.Json.Nodes;

namespace SmeOnboard.Workflows.Runtime;

/// <summary>The state of one run of a definition version between bursts, as a store keeps it.</summary>
public sealed class WorkflowInstance
{
    public required string Id { get; init; }
    public required string DefinitionId { get; init; }
    public required int DefinitionVersion { get; init; }
    public required string OrganisationId { get; init; }
    public required WorkflowStatus Status { get; init; }
    public JsonNode? Input { get; init; }

    /// <summary>Who or what started the instance, as the start request said; null when it did not say.</summary>
    public string? StartedBy { get; init; }
    public IReadOnlyDictionary<string, JsonNode?> Variables { get; init; } = new Dictionary<string, JsonNode?>();

    /// <summary>Activities scheduled but not yet run (non-empty only while faulted).</summary>
    public IReadOnlyList<string> Queue { get; init; } = [];

    /// <summary>Tokens that arrived at an activity still waiting for its other inbound branches.</summary>
    public IReadOnlyList<Token> Tokens { get; init; } = [];
    public IReadOnlyList<Bookmark> Bookmarks { get; init; } = [];

    /// <summary>WaitAny joins that ran while other branches still had scheduled activities.</summary>
    public IReadOnlyList<JoinGuard> JoinGuards { get; init; } = [];
    public IReadOnlyList<Incident> Incidents { get; init; } = [];

    /// <summary>The activity to run again when a faulted instance is retried.</summary>
    public string? FaultedActivityId { get; init; }

    /// <summary>Failures in a row of the faulted activity, counted against the retry policy.</summary>
    public int FailedAttempts { get; init; }

    /// <summary>Counts activity executions over the instance's life; it makes execution ids and idempotency keys.</summary>
    public long ExecutionCount { get; init; }
    public long JournalCount { get; init; }

    /// <summary>Incremented by every burst; a store refuses a burst computed from a stale revision.</summary>
    public int Revision { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
}
