using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>A task someone completed: who, when, and what they submitted (form values, or an approval's decision and comment).</summary>
public sealed class CompletedTask
{
    public string BookmarkId { get; init; } = "";
    public string InstanceId { get; init; } = "";
    public string DefinitionId { get; init; } = "";
    public string ActivityId { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Title { get; init; } = "";
    public Guid CompletedBy { get; init; }
    public string CompletedByName { get; init; } = "";
    public DateTimeOffset CompletedAt { get; init; }

    /// <summary>The submitted values as a JSON object.</summary>
    public string Submitted { get; init; } = "{}";

    public bool IsApproval => Kind == nameof(BookmarkKind.Approval);

    /// <summary>Each submitted value as text, in the order submitted; empty values left out.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Values() =>
        (JsonNode.Parse(Submitted) as JsonObject ?? [])
            .Where(p => p.Value is not null && p.Value.ToString().Length > 0)
            .Select(p => KeyValuePair.Create(p.Key, p.Value!.ToString()))
            .ToList();
}
