using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>A workflow_definitions row; the columns, not the document, say which version it is and whether it is published.</summary>
internal sealed class DefinitionRow
{
    public const string Columns = "version, is_published, is_latest, document";

    public int Version { get; init; }
    public bool IsPublished { get; init; }
    public bool IsLatest { get; init; }
    public string Document { get; init; } = "";

    public WorkflowDefinition ToDefinition()
    {
        var read = WorkflowJson.Read(Document);
        if (!read.Succeeded)
            throw new InvalidOperationException($"A stored workflow definition cannot be read: {string.Join("; ", read.Errors)}");
        return read.Definition.AsVersion(Version, IsLatest, IsPublished);
    }
}
