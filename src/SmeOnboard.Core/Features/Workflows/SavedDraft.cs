using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>A saved draft and its draft revision, which the editor's next save names to detect someone else's save in between.</summary>
public sealed class SavedDraft
{
    public required WorkflowDefinition Definition { get; init; }
    public int Revision { get; init; }
}
