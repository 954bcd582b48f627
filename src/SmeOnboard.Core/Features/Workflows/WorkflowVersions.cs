using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// The current organisation's version history of a workflow: the list, any version to look at, the difference between
/// two versions, and restoring an old version as the new draft (history itself is never rewritten).
/// </summary>
public sealed class WorkflowVersions(DefinitionHistory history, WorkflowDefinitions definitions, ICurrentActor actor, AuditLog audit)
{
    public Task<IReadOnlyList<DefinitionVersion>> ListAsync(string definitionId, CancellationToken cancellationToken = default) =>
        history.ListVersionsAsync(actor.RequireOrganisationId(), definitionId, cancellationToken);

    /// <summary>Null when the organisation lacks either version.</summary>
    public async Task<DefinitionDiff?> CompareAsync(string definitionId, int fromVersion, int toVersion, CancellationToken cancellationToken = default)
    {
        var from = await definitions.FindVersionAsync(definitionId, fromVersion, cancellationToken);
        var to = await definitions.FindVersionAsync(definitionId, toVersion, cancellationToken);
        return from is null || to is null ? null : DefinitionDiffer.Compare(from, to);
    }

    /// <summary>
    /// Saves <paramref name="version"/>'s document as the draft: it replaces an unpublished draft, or becomes the next
    /// version after a published one. Null when the organisation has no such version.
    /// </summary>
    public async Task<Result<WorkflowDefinition>?> RestoreAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        var old = await definitions.FindVersionAsync(definitionId, version, cancellationToken);
        if (old is null)
            return null;
        var restored = await definitions.SaveDraftAsync(definitionId, WorkflowJson.Serialize(old), cancellationToken);
        if (restored.Succeeded)
            await audit.RecordAsync(new AuditRecord("workflow.version-restored", "WorkflowDefinition", definitionId,
                $"v{version} of '{old.Name}' restored as draft v{restored.Value.Version}"), cancellationToken);
        return restored;
    }
}
