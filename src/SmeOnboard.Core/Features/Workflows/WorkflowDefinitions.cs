using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Serialization;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>The current organisation's workflow definitions: drafts checked by the engine's validator, and publishing.</summary>
public sealed class WorkflowDefinitions(
    DapperWorkflowStore store, WorkflowCatalog catalog, WorkflowValidator validator, ICurrentActor actor, AuditLog audit, DefinitionHistory history, TimeProvider clock)
{
    /// <summary>The code of every definition problem; the message names the activity and field in English.</summary>
    public const string InvalidCode = "Workflows.Invalid";

    /// <summary>The longest version note kept.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>
    /// Saves <paramref name="json"/> as the draft of <paramref name="definitionId"/>; each problem the validator finds
    /// comes back as a field error ("activityId.field", or the field alone for the whole definition).
    /// </summary>
    public async Task<Result<WorkflowDefinition>> SaveDraftAsync(string definitionId, string json, CancellationToken cancellationToken = default)
    {
        var saved = await SaveDraftAsync(definitionId, json, null, cancellationToken);
        return saved.Succeeded ? saved.Value.Definition : Result<WorkflowDefinition>.Failure(saved.Errors);
    }

    /// <summary>
    /// Saves the draft as above, when nobody saved the workflow since its draft revision was
    /// <paramref name="basedOnRevision"/> (see <see cref="FindDraftRevisionAsync"/>); otherwise nothing is saved and the
    /// failure is <see cref="WorkflowErrors.DraftChanged"/>. Null saves over whatever is there.
    /// </summary>
    public async Task<Result<SavedDraft>> SaveDraftAsync(string definitionId, string json, int? basedOnRevision, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        var read = WorkflowJson.Read(json);
        if (!read.Succeeded)
            return Result<SavedDraft>.Failure(read.Errors.Select(ToFieldError).ToArray());
        var errors = validator.Validate(read.Definition).Select(ToFieldError).ToList();
        if (read.Definition.DefinitionId != definitionId)
            errors.Insert(0, new FieldError("definitionId", InvalidCode, $"The document is '{read.Definition.DefinitionId}', but was saved as '{definitionId}'."));
        if (errors.Count > 0)
            return Result<SavedDraft>.Failure(errors);
        var saved = await store.SaveDraftAsync(OrganisationKey.Format(orgId), read.Definition, basedOnRevision, cancellationToken);
        if (saved is null)
            return Result<SavedDraft>.Failure(WorkflowErrors.DraftChanged());
        await audit.RecordAsync(new AuditRecord("workflow.draft-saved", "WorkflowDefinition", definitionId,
            $"Draft v{saved.Definition.Version} of '{saved.Definition.Name}' saved"), cancellationToken);
        return saved;
    }

    /// <summary>The draft revision an editor opening the workflow now bases its saves on; 0 when there is no such workflow.</summary>
    public Task<int> FindDraftRevisionAsync(string definitionId, CancellationToken cancellationToken = default) =>
        store.FindDraftRevisionAsync(OrganisationKey.Format(actor.RequireOrganisationId()), definitionId, cancellationToken);

    /// <summary>Publishes the latest version and records who published it and when; null when the organisation has no such workflow.</summary>
    public Task<WorkflowDefinition?> PublishAsync(string definitionId, CancellationToken cancellationToken = default) =>
        PublishAsync(definitionId, null, cancellationToken);

    /// <summary>
    /// Publishes the latest version and records who published it, when, and the publisher's <paramref name="note"/>
    /// (trimmed, at most <see cref="MaxNoteLength"/> characters); null when the organisation has no such workflow.
    /// </summary>
    public async Task<WorkflowDefinition?> PublishAsync(string definitionId, string? note, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        var published = await store.PublishAsync(OrganisationKey.Format(orgId), definitionId, cancellationToken);
        if (published is null)
            return null;
        var kept = string.IsNullOrWhiteSpace(note) ? null : note.Trim() is var trimmed && trimmed.Length > MaxNoteLength ? trimmed[..MaxNoteLength] : note.Trim();
        await history.RecordPublicationAsync(orgId, definitionId, published.Version, actor.UserId, clock.GetUtcNow(), kept, cancellationToken);
        await audit.RecordAsync(new AuditRecord("workflow.published", "WorkflowDefinition", definitionId, $"v{published.Version} of '{published.Name}' published"), cancellationToken);
        return published;
    }

    public Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        catalog.ListDefinitionsAsync(actor.RequireOrganisationId(), cancellationToken);

    /// <summary>The latest version (the draft, or the newest published one); null when the organisation has none.</summary>
    public Task<WorkflowDefinition?> FindLatestAsync(string definitionId, CancellationToken cancellationToken = default) =>
        store.FindLatestAsync(OrganisationKey.Format(actor.RequireOrganisationId()), definitionId, cancellationToken);

    public Task<WorkflowDefinition?> FindPublishedAsync(string definitionId, CancellationToken cancellationToken = default) =>
        store.FindPublishedAsync(OrganisationKey.Format(actor.RequireOrganisationId()), definitionId, cancellationToken);

    /// <summary>One version, as an instance pinned to it ran; null when the organisation has no such version.</summary>
    public Task<WorkflowDefinition?> FindVersionAsync(string definitionId, int version, CancellationToken cancellationToken = default) =>
        store.FindDefinitionAsync(OrganisationKey.Format(actor.RequireOrganisationId()), definitionId, version, cancellationToken);

    private static FieldError ToFieldError(ValidationError error) =>
        new(error.ActivityId is null ? error.Field : $"{error.ActivityId}.{error.Field}", InvalidCode, error.Message);
}
