using System.Data.Common;
using System.Text.Json;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>
/// Reads the acting firm's workspace (installations, forms, table rows) and appends the rows its forms submit. Every
/// statement names the organisation from <see cref="ICurrentActor"/>; another firm's installation reads as missing.
/// </summary>
public sealed class WorkspaceStore(IDbConnectionFactory db, ICurrentActor actor) : IWorkspaceData, IWorkspaceForms
{
    public const string SampleSource = "sample";
    public const string EnteredSource = "entered";

    public async Task<IReadOnlyList<InstalledTemplate>> ListInstalledAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<InstallationRow>(new CommandDefinition(
            $"SELECT {InstallationRow.Columns} FROM workspace_installations WHERE org_id = @orgId ORDER BY installed_at, slug, copy_number",
            new { orgId = actor.RequireOrganisationId() }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToInstalled()).ToList();
    }

    public async Task<InstalledTemplate?> FindInstalledAsync(Guid installationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await FindRowAsync(connection, null, actor.RequireOrganisationId(), installationId, cancellationToken))?.ToInstalled();
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ReadRowsAsync(
        Guid installationId, string tableId, CancellationToken cancellationToken = default)
    {
        var installed = await FindInstalledAsync(installationId, cancellationToken);
        var table = installed?.Manifest.Tables.FirstOrDefault(t => t.Id == tableId);
        if (table is null)
            return [];
        await using var connection = await db.OpenAsync(cancellationToken);
        var data = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT data FROM workspace_rows WHERE org_id = @orgId AND installation_id = @installationId AND table_id = @tableId ORDER BY id",
            new { orgId = actor.RequireOrganisationId(), installationId, tableId }, cancellationToken: cancellationToken));
        return data.Select(d => RowJson.Read(table, d)).ToList();
    }

    /// <summary>The workspace form a workflow names by <paramref name="formKey"/>, or null when the firm has none such.</summary>
    public async Task<WorkspaceForm?> FindFormAsync(string formKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FormRow>(new CommandDefinition(
            """
            SELECT f.installation_id, f.document, f.version, i.manifest
            FROM workspace_forms f JOIN workspace_installations i ON i.id = f.installation_id AND i.org_id = f.org_id
            WHERE f.org_id = @orgId AND f.form_key = @formKey
            """,
            new { orgId = actor.RequireOrganisationId(), formKey }, cancellationToken: cancellationToken));
        if (row is null)
            return null;
        var form = JsonSerializer.Deserialize<TemplateForm>(row.Document, TemplateJson.Options)!;
        return new WorkspaceForm
        {
            Key = formKey,
            InstallationId = row.InstallationId,
            Form = form,
            Version = row.Version,
            Table = form.Table is null ? null : InstallationRow.ReadManifest(row.Manifest).Tables.FirstOrDefault(t => t.Id == form.Table),
        };
    }

    /// <summary>The firm's workspace forms by key, each with its title, current version and number of fields.</summary>
    public async Task<IReadOnlyList<FormSummary>> ListFormsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Key, int Version, string Document)>(new CommandDefinition(
            "SELECT form_key, version, document FROM workspace_forms WHERE org_id = @orgId ORDER BY form_key",
            new { orgId = actor.RequireOrganisationId() }, cancellationToken: cancellationToken));
        return rows.Select(r =>
        {
            var form = JsonSerializer.Deserialize<TemplateForm>(r.Document, TemplateJson.Options)!;
            return new FormSummary { Key = r.Key, Version = r.Version, TitleEn = form.Title.En, TitleZhCn = form.Title.ZhCn, FieldCount = form.Fields.Count };
        }).ToList();
    }

    /// <summary>The workflows an installation created: the template's id, the firm's id and the version it installed.</summary>
    public async Task<IReadOnlyList<InstalledWorkflow>> ListWorkflowsAsync(Guid installationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await ListWorkflowsAsync(connection, null, actor.RequireOrganisationId(), installationId, cancellationToken);
    }

    internal static Task<InstallationRow?> FindRowAsync(DbConnection connection, DbTransaction? transaction, Guid orgId, Guid installationId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<InstallationRow>(new CommandDefinition(
            $"SELECT {InstallationRow.Columns} FROM workspace_installations WHERE org_id = @orgId AND id = @installationId",
            new { orgId, installationId }, transaction, cancellationToken: cancellationToken));

    internal static async Task<IReadOnlyList<InstalledWorkflow>> ListWorkflowsAsync(
        DbConnection connection, DbTransaction? transaction, Guid orgId, Guid installationId, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<InstalledWorkflow>(new CommandDefinition(
            """
            SELECT template_definition_id, definition_id, installed_version FROM workspace_workflows
            WHERE org_id = @orgId AND installation_id = @installationId ORDER BY template_definition_id
            """,
            new { orgId, installationId }, transaction, cancellationToken: cancellationToken))).AsList();

    internal static Task InsertRowsAsync(
        DbConnection connection, DbTransaction? transaction, SqlDialect dialect, Guid orgId, Guid installationId, TemplateTable table, string source,
        IEnumerable<IReadOnlyDictionary<string, object?>> rows, DateTimeOffset now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO workspace_rows (org_id, installation_id, table_id, source, data, created_at)
            VALUES (@orgId, @installationId, @tableId, @source, {dialect.Json("data")}, @now)
            """,
            rows.Select(row => new { orgId, installationId, tableId = table.Id, source, data = RowJson.Write(table, row), now }).ToList(),
            transaction, cancellationToken: cancellationToken));

    private sealed class FormRow
    {
        public Guid InstallationId { get; init; }
        public string Document { get; init; } = "";
        public int Version { get; init; }
        public string Manifest { get; init; } = "";
    }
}
