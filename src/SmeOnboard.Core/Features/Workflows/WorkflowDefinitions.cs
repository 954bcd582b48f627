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
    IWorkflowStore store, WorkflowCatalog catalog, WorkflowValidator validator, ICurrentActor actor, AuditLog audit, DefinitionHistory history, TimeProvider clock)
{
    /// <summary>The code of every definition problem; the message names the activity and field in English.</summary>
    public const string InvalidCode = "Workflows.Invalid";

    /// <summary>
    /// Saves <paramref name="json"/> as the draft of <paramref name="definitionId"/>; each problem the validator finds
    /// comes back as a field error ("activityId.field", or the field alone for the whole definition).
    /// </summary>
    public async Task<Result<WorkflowDefinition>> SaveDraftAsync(string definitionId, string json, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        var read = WorkflowJson.Read(json);
        if (!read.Succeeded)
            return Result<WorkflowDefinition>.Failure(read.Errors.Select(ToFieldError).ToArray());
        var errors = validator.Validate(read.Definition).Select(ToFieldError).ToList();
        if (read.Definition.DefinitionId != definitionId)
            errors.Insert(0, new FieldError("definitionId", InvalidCode, $"The document is '{read.Definition.DefinitionId}', but was saved as '{definitionId}'."));
        if (errors.Count > 0)
            return Result<WorkflowDefinition>.Failure(errors);
        var saved = await store.SaveDraftAsync(OrganisationKey.Format(orgId), read.Definition, cancellationToken);
        await audit.RecordAsync(new AuditRecord("workflow.draft-saved", "WorkflowDefinition", definitionId, $"Draft v{saved.Version} of '{saved.Name}' saved"), cancellationToken);
        return saved;
    }

    /// <summary>Publishes the latest version and records who published it and when; null when the organisation has no such workflow.</summary>
    public async Task<WorkflowDefinition?> PublishAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        var published = await store.PublishAsync(OrganisationKey.Format(orgId), definitionId, cancellationToken);
        if (published is null)
            return null;
        await history.RecordPublicationAsync(orgId, definitionId, published.Version, actor.UserId, clock.GetUtcNow(), cancellationToken);
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
