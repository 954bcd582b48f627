using System.Text.Json;
using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>
/// Saves a firm admin's edit of a workspace form as its next version, after <see cref="FormDesign"/> accepts it, and
/// keeps every version. Open tasks show the form's current version (docs/decisions/form-builder-latest-version.md).
/// Two admins saving from the same version: the second is told to reload instead of overwriting the first.
/// </summary>
public sealed class WorkspaceFormEditor(IDbConnectionFactory db, WorkspaceStore workspace, ICurrentActor actor, AuditLog audit, TimeProvider clock)
{
    /// <summary>The new version number; null when the firm has no such form; the problems when it cannot be saved.</summary>
    public async Task<Result<int>?> SaveAsync(string formKey, TemplateForm edited, int fromVersion, CancellationToken cancellationToken = default)
    {
        var current = await workspace.FindFormAsync(formKey, cancellationToken);
        if (current is null)
            return null;
        var installed = await workspace.FindInstalledAsync(current.InstallationId, cancellationToken);
        // The id and table come from the installation: the builder edits fields and titles, not which table is filled.
        var form = new TemplateForm { Id = current.Form.Id, Table = current.Form.Table, Title = edited.Title, Fields = edited.Fields };
        var problems = FormDesign.Check(form, installed?.Manifest.Tables ?? []);
        if (problems.Count > 0)
            return Result<int>.Failure(problems);

        var orgId = actor.RequireOrganisationId();
        var document = JsonSerializer.Serialize(form, TemplateJson.Options);
        var now = DapperTypeHandlers.ToStoredPrecision(clock.GetUtcNow());
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var version = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(
            $"""
            UPDATE workspace_forms SET document = {db.Dialect.Json("document")}, version = version + 1
            WHERE org_id = @orgId AND form_key = @formKey AND version = @fromVersion
            RETURNING version
            """,
            new { orgId, formKey, fromVersion, document }, transaction, cancellationToken: cancellationToken));
        if (version is null)
            return Result<int>.Failure(new FieldError("", FormDesign.ConflictCode, "Someone saved this form since you opened it; reload to see their version."));
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO workspace_form_versions (org_id, form_key, version, document, saved_by, saved_at)
            VALUES (@orgId, @formKey, @version, {db.Dialect.Json("document")}, @savedBy, @now)
            """,
            new { orgId, formKey, version, document, savedBy = actor.Name, now }, transaction, cancellationToken: cancellationToken));
        await audit.RecordAsync(connection, transaction, new AuditRecord("workspace.form-saved", "WorkspaceForm", formKey, $"Form '{formKey}' saved as version {version}"));
        await transaction.CommitAsync(cancellationToken);
        return version.Value;
    }
}
