using System.Text.Json.Nodes;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>What a person sends to complete a task: a human task's form fields, or an approval's decision and comment.</summary>
public sealed class TaskCompletion
{
    public JsonObject? Fields { get; init; }

    /// <summary>"Approved" or "Rejected", for approvals.</summary>
    public string? Decision { get; init; }
    public string? Comment { get; init; }
}
