using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>
/// Installs a template into the acting firm's workspace in one transaction: the installation (slug, version, copy,
/// manifest), its workflows as the firm's published definitions, its forms, and its tables with the sample rows. A
/// failure anywhere rolls everything back.
/// </summary>
public sealed class TemplateInstaller(IDbConnectionFactory db, ICurrentActor actor, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Installs <paramref name="template"/>; when the firm has it already this fails with
    /// <see cref="WorkspaceErrors.AlreadyInstalledCode"/> unless <paramref name="addCopy"/> confirms another copy.
    /// </summary>
    public async Task<Result<InstalledTemplate>> InstallAsync(Template template, bool addCopy = false, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        var now = DapperTypeHandlers.ToStoredPrecision(clock.GetUtcNow());
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var copies = (await connection.QueryAsync<int>(new CommandDefinition(
            $"SELECT copy_number FROM workspace_installations WHERE org_id = @orgId AND slug = @slug {db.Dialect.ForUpdate}",
            new { orgId, slug = template.Slug }, transaction, cancellationToken: cancellationToken))).AsList();
        if (copies.Count > 0 && !addCopy)
            return WorkspaceErrors.AlreadyInstalled(template.Slug, copies.Count);
        var copyNumber = copies.Count == 0 ? 1 : copies.Max() + 1;
        var installed = new InstalledTemplate
        {
            Id = Guid.CreateVersion7(),
            Slug = template.Slug,
            Version = template.Manifest.Version,
            CopyNumber = copyNumber,
            InstalledAt = now,
            Manifest = template.Manifest,
        };
        var prefix = WorkspaceNames.Prefix(template.Slug, copyNumber);
        if (!await TryInsertInstallationAsync(connection, transaction, orgId, installed, prefix, cancellationToken))
            return WorkspaceErrors.InstalledMeanwhile(template.Slug);

        var context = new InstallContext(connection, transaction, db.Dialect, orgId, installed.Id, prefix, copyNumber, now);
        foreach (var workflow in template.Workflows)
        {
            if (await PublishWorkflowAsync(context, workflow, cancellationToken) is { } clash)
                return clash;
        }
        foreach (var form in template.Forms)
        {
            if (await AddFormAsync(context, form, cancellationToken) is { } clash)
                return clash;
        }
        foreach (var table in template.Tables)
            await WorkspaceStore.InsertRowsAsync(connection, transaction, db.Dialect, orgId, installed.Id, table.Table, WorkspaceStore.SampleSource, table.Rows, now, cancellationToken);

        await audit.RecordAsync(connection, transaction, new AuditRecord("template.installed", "TemplateInstallation", installed.Id.ToString(),
            $"Template '{template.Slug}' v{template.Manifest.Version} installed (copy {copyNumber}): {template.Workflows.Count} workflows, {template.Forms.Count} forms, {template.Tables.Count} tables"));
        await transaction.CommitAsync(cancellationToken);
        return installed;
    }

    /// <summary>
    /// Inserts the installation row; false when a concurrent install of the same template took its copy number first
    /// (the row lock above locks no rows while the firm has no copy yet, so only the unique key sees the race).
    /// </summary>
    private async Task<bool> TryInsertInstallationAsync(
        DbConnection connection, DbTransaction transaction, Guid orgId, InstalledTemplate installed, string prefix, CancellationToken cancellationToken)
    {
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"""
                INSERT INTO workspace_installations (id, org_id, slug, version, copy_number, prefix, manifest, installed_at, updated_at)
                VALUES (@Id, @orgId, @Slug, @Version, @CopyNumber, @prefix, {db.Dialect.Json("manifest")}, @InstalledAt, @InstalledAt)
                """,
                new { installed.Id, orgId, installed.Slug, installed.Version, installed.CopyNumber, prefix, manifest = InstallationRow.WriteManifest(installed.Manifest), installed.InstalledAt },
                transaction, cancellationToken: cancellationToken));
            return true;
        }
        catch (DbException exception) when (IsCopyTaken(exception))
        {
            return false;
        }
    }

    private static bool IsCopyTaken(DbException exception) => exception switch
    {
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 } sqlite => sqlite.Message.Contains("workspace_installations.", StringComparison.Ordinal),
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres => postgres.TableName == "workspace_installations",
        _ => false,
    };

    /// <summary>Publishes a template workflow as the installation's; a failure when the firm already has that id.</summary>
    internal static async Task<FieldError?> PublishWorkflowAsync(InstallContext context, TemplateWorkflow workflow, CancellationToken cancellationToken)
    {
        var definition = WorkspaceNames.Localise(workflow.Definition, context.Prefix, context.CopyNumber);
        var taken = await context.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM workflow_definitions WHERE org_id = @orgId AND definition_id = @definitionId",
            new { orgId = context.OrgId, definitionId = definition.DefinitionId }, context.Transaction, cancellationToken: cancellationToken));
        if (taken > 0)
            return WorkspaceErrors.IdTaken("workflow", definition.DefinitionId);
        var published = await DapperWorkflowStore.PublishNewVersionAsync(
            context.Connection, context.Transaction, context.Dialect, context.OrgId, definition, context.Now, cancellationToken);
        await context.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO workspace_workflows (installation_id, org_id, template_definition_id, definition_id, installed_version)
            VALUES (@installationId, @orgId, @templateDefinitionId, @definitionId, @version)
            """,
            new { installationId = context.InstallationId, orgId = context.OrgId, templateDefinitionId = workflow.Definition.DefinitionId, definitionId = definition.DefinitionId, version = published.Version },
            context.Transaction, cancellationToken: cancellationToken));
        return null;
    }

    /// <summary>Adds (or, on an upgrade, replaces) one of the installation's forms under its workspace key.</summary>
    internal static async Task<FieldError?> AddFormAsync(InstallContext context, TemplateForm form, CancellationToken cancellationToken)
    {
        var key = WorkspaceNames.FormKey(context.Prefix, form.Id);
        var owner = await context.Connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            "SELECT installation_id FROM workspace_forms WHERE org_id = @orgId AND form_key = @key",
            new { orgId = context.OrgId, key }, context.Transaction, cancellationToken: cancellationToken));
        if (owner is { } other && other != context.InstallationId)
            return WorkspaceErrors.IdTaken("form", key);
        var parameters = new { orgId = context.OrgId, key, installationId = context.InstallationId, formId = form.Id, document = JsonSerializer.Serialize(form, TemplateJson.Options) };
        await context.Connection.ExecuteAsync(new CommandDefinition(
            owner is null
                ? $"INSERT INTO workspace_forms (org_id, form_key, installation_id, form_id, document) VALUES (@orgId, @key, @installationId, @formId, {context.Dialect.Json("document")})"
                // An upgrade's form is a new version too, so an admin editing the old one is told to reload.
                : $"UPDATE workspace_forms SET document = {context.Dialect.Json("document")}, version = version + 1 WHERE org_id = @orgId AND form_key = @key",
            parameters, context.Transaction, cancellationToken: cancellationToken));
        return null;
    }
}
