using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>
/// Upgrades an installation to a newer version of its template while keeping the firm's own edits: a workflow the firm
/// changed since install keeps the firm's version, the others move to the new one; forms follow the template; table
/// rows are carried over to the new columns. It refuses, naming the table or column, when a removed table or column
/// holds data the firm entered or existing rows cannot take a column's new type.
/// </summary>
public sealed class TemplateUpgrades(IDbConnectionFactory db, ICurrentActor actor, AuditLog audit, TimeProvider clock)
{
    public const string TableHasDataCode = "Workspace.Refuse.TableHasData";
    public const string ColumnHasDataCode = "Workspace.Refuse.ColumnHasData";
    public const string TypeChangeCode = "Workspace.Refuse.TypeChange";

    /// <summary>What upgrading to <paramref name="newer"/> would do; null when the firm has no such installation.</summary>
    public async Task<UpgradePlan?> PlanAsync(Guid installationId, Template newer, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var state = await ReadAsync(connection, null, actor.RequireOrganisationId(), installationId, cancellationToken);
        return state is null ? null : Plan(state, newer);
    }

    /// <summary>Applies the upgrade in one transaction; null when the firm has no such installation, the refusals when it cannot.</summary>
    public async Task<Result<InstalledTemplate>?> ApplyAsync(Guid installationId, Template newer, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        var now = DapperTypeHandlers.ToStoredPrecision(clock.GetUtcNow());
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var state = await ReadAsync(connection, transaction, orgId, installationId, cancellationToken);
        if (state is null)
            return null;
        var plan = Plan(state, newer);
        if (!plan.CanApply)
            return Result<InstalledTemplate>.Failure(plan.Refusals);
        var context = new InstallContext(connection, transaction, db.Dialect, orgId, installationId, state.Row.Prefix, state.Row.CopyNumber, now);

        if (await UpgradeWorkflowsAsync(context, state, newer, plan, cancellationToken) is { } clash)
            return clash;
        foreach (var form in newer.Forms)
        {
            if (await TemplateInstaller.AddFormAsync(context, form, cancellationToken) is { } formClash)
                return formClash;
        }
        var kept = newer.Forms.Count == 0 ? "" : $" AND form_id NOT IN ({string.Join(", ", newer.Forms.Select((_, i) => $"@f{i}"))})";
        await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM workspace_forms WHERE org_id = @orgId AND installation_id = @installationId{kept}",
            FormParameters(orgId, installationId, newer.Forms), transaction, cancellationToken: cancellationToken));
        await UpgradeTablesAsync(context, state, newer, cancellationToken);

        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE workspace_installations SET version = @version, manifest = {db.Dialect.Json("manifest")}, updated_at = @now WHERE org_id = @orgId AND id = @installationId",
            new { version = newer.Manifest.Version, manifest = InstallationRow.WriteManifest(newer.Manifest), now, orgId, installationId }, transaction, cancellationToken: cancellationToken));
        var firmVersions = plan.Changes.Where(c => c.Kind == UpgradeChangeKind.KeptFirmEdit).Select(c => c.Subject).ToList();
        await audit.RecordAsync(connection, transaction, new AuditRecord("template.upgraded", "TemplateInstallation", installationId.ToString(),
            $"Template '{newer.Slug}' upgraded from v{state.Row.Version} to v{newer.Manifest.Version}" + (firmVersions.Count > 0 ? $"; the firm's own version kept for {string.Join(", ", firmVersions)}" : "")));
        await transaction.CommitAsync(cancellationToken);
        var upgraded = await WorkspaceStore.FindRowAsync(connection, null, orgId, installationId, cancellationToken);
        return upgraded!.ToInstalled();
    }

    private static DynamicParameters FormParameters(Guid orgId, Guid installationId, IReadOnlyList<TemplateForm> forms)
    {
        var parameters = new DynamicParameters(new { orgId, installationId });
        for (var i = 0; i < forms.Count; i++)
            parameters.Add($"f{i}", forms[i].Id);
        return parameters;
    }

    private static UpgradePlan Plan(InstallationState state, Template newer)
    {
        var installed = state.Row.ToInstalled();
        var changes = new List<UpgradeChange>();
        var refusals = new List<FieldError>();
        if (newer.Slug != installed.Slug || !WorkspaceNames.IsNewer(newer.Manifest.Version, installed.Version))
            refusals.Add(WorkspaceErrors.NotNewer(newer.Manifest.Version, installed.Version));
        PlanWorkflows(state, newer, changes);
        PlanForms(state, newer, changes);
        PlanTables(state, installed.Manifest, newer.Manifest, changes, refusals);
        PlanKpis(installed.Manifest, newer.Manifest, changes);
        return new UpgradePlan { Installed = installed, ToVersion = newer.Manifest.Version, Changes = changes, Refusals = refusals };
    }

    private static void PlanWorkflows(InstallationState state, Template newer, List<UpgradeChange> changes)
    {
        foreach (var workflow in newer.Workflows)
        {
            var id = workflow.Definition.DefinitionId;
            if (state.Workflows.FirstOrDefault(w => w.Installed.TemplateDefinitionId == id) is not { } current)
            {
                changes.Add(new(UpgradeArea.Workflow, UpgradeChangeKind.Added, id));
                continue;
            }
            var proposed = Canonical(WorkspaceNames.Localise(workflow.Definition, state.Row.Prefix, state.Row.CopyNumber));
            if (current.InstalledDocument is not null && Canonical(current.InstalledDocument) == proposed)
                continue;
            changes.Add(new(UpgradeArea.Workflow, current.EditedByFirm ? UpgradeChangeKind.KeptFirmEdit : UpgradeChangeKind.Changed, id));
        }
        foreach (var gone in state.Workflows.Where(w => newer.Workflows.All(n => n.Definition.DefinitionId != w.Installed.TemplateDefinitionId)))
            changes.Add(new(UpgradeArea.Workflow, UpgradeChangeKind.KeptNoLongerInTemplate, gone.Installed.TemplateDefinitionId));
    }

    private static void PlanForms(InstallationState state, Template newer, List<UpgradeChange> changes)
    {
        foreach (var form in newer.Forms)
        {
            if (!state.Forms.TryGetValue(form.Id, out var current))
                changes.Add(new(UpgradeArea.Form, UpgradeChangeKind.Added, form.Id));
            else if (JsonSerializer.Serialize(current, TemplateJson.Options) != JsonSerializer.Serialize(form, TemplateJson.Options))
                changes.Add(new(UpgradeArea.Form, UpgradeChangeKind.Changed, form.Id));
        }
        foreach (var gone in state.Forms.Keys.Where(id => newer.Forms.All(f => f.Id != id)))
            changes.Add(new(UpgradeArea.Form, UpgradeChangeKind.Removed, gone));
    }

    private static void PlanTables(InstallationState state, TemplateManifest from, TemplateManifest to, List<UpgradeChange> changes, List<FieldError> refusals)
    {
        foreach (var table in to.Tables.Where(t => from.Tables.All(o => o.Id != t.Id)))
            changes.Add(new(UpgradeArea.Table, UpgradeChangeKind.Added, table.Id));
        foreach (var old in from.Tables)
        {
            var rows = state.Rows.Where(r => r.TableId == old.Id).ToList();
            var entered = rows.Where(r => r.Source == WorkspaceStore.EnteredSource).ToList();
            if (to.Tables.FirstOrDefault(t => t.Id == old.Id) is not { } table)
            {
                if (entered.Count > 0)
                    refusals.Add(WorkspaceErrors.UpgradeRefused(old.Id, TableHasDataCode,
                        $"Table '{old.Id}' holds {entered.Count} rows your firm entered, and version {to.Version} removes the table; the upgrade would lose them."));
                changes.Add(new(UpgradeArea.Table, UpgradeChangeKind.Removed, old.Id));
                continue;
            }
            foreach (var column in table.Columns.Where(c => old.Column(c.Name) is null))
                changes.Add(new(UpgradeArea.Column, UpgradeChangeKind.Added, $"{table.Id}.{column.Name}", Describe(column)));
            foreach (var column in old.Columns)
            {
                var subject = $"{table.Id}.{column.Name}";
                if (table.Column(column.Name) is not { } next)
                {
                    var holding = entered.Count(r => r.Data[column.Name] is not null);
                    if (holding > 0)
                        refusals.Add(WorkspaceErrors.UpgradeRefused(subject, ColumnHasDataCode,
                            $"Column '{column.Name}' of table '{table.Id}' holds values in {holding} rows your firm entered, and version {to.Version} removes the column; the upgrade would lose them."));
                    changes.Add(new(UpgradeArea.Column, UpgradeChangeKind.Removed, subject, Describe(column)));
                    continue;
                }
                if (Describe(next) == Describe(column))
                    continue;
                var misfits = rows.Select(r => r.Data[column.Name]).Where(v => RowJson.Convert(next, v).Error is not null).ToList();
                if (misfits.Count > 0)
                    refusals.Add(WorkspaceErrors.UpgradeRefused(subject, TypeChangeCode,
                        $"Column '{column.Name}' of table '{table.Id}' cannot become {Describe(next)}: {misfits.Count} existing rows hold values it cannot take, such as {misfits[0]?.ToJsonString() ?? "an empty value"}."));
                changes.Add(new(UpgradeArea.Column, UpgradeChangeKind.Changed, subject, $"{Describe(column)} → {Describe(next)}"));
            }
        }
    }

    private static string Describe(TableColumn column) =>
        column.Type == ColumnType.Choice ? $"choice ({string.Join(", ", column.Options ?? [])})" : column.Type.ToString().ToLowerInvariant();

    private static void PlanKpis(TemplateManifest from, TemplateManifest to, List<UpgradeChange> changes)
    {
        foreach (var kpi in to.Kpis)
        {
            var old = from.Kpis.FirstOrDefault(k => k.Id == kpi.Id);
            if (old is null)
                changes.Add(new(UpgradeArea.Kpi, UpgradeChangeKind.Added, kpi.Id));
            else if (JsonSerializer.Serialize(old, TemplateJson.Options) != JsonSerializer.Serialize(kpi, TemplateJson.Options))
                changes.Add(new(UpgradeArea.Kpi, UpgradeChangeKind.Changed, kpi.Id));
        }
        foreach (var gone in from.Kpis.Where(k => to.Kpis.All(n => n.Id != k.Id)))
            changes.Add(new(UpgradeArea.Kpi, UpgradeChangeKind.Removed, gone.Id));
    }

    private static async Task<FieldError?> UpgradeWorkflowsAsync(InstallContext context, InstallationState state, Template newer, UpgradePlan plan, CancellationToken cancellationToken)
    {
        foreach (var change in plan.Changes.Where(c => c.Area == UpgradeArea.Workflow))
        {
            var workflow = newer.Workflows.FirstOrDefault(w => w.Definition.DefinitionId == change.Subject);
            switch (change.Kind)
            {
                case UpgradeChangeKind.Added:
                    if (await TemplateInstaller.PublishWorkflowAsync(context, workflow!, cancellationToken) is { } clash)
                        return clash;
                    break;
                case UpgradeChangeKind.Changed:
                    var published = await DapperWorkflowStore.PublishNewVersionAsync(context.Connection, context.Transaction, context.Dialect, context.OrgId,
                        WorkspaceNames.Localise(workflow!.Definition, context.Prefix, context.CopyNumber), context.Now, cancellationToken);
                    await context.Connection.ExecuteAsync(new CommandDefinition(
                        "UPDATE workspace_workflows SET installed_version = @version WHERE installation_id = @installationId AND template_definition_id = @id",
                        new { version = published.Version, installationId = context.InstallationId, id = change.Subject }, context.Transaction, cancellationToken: cancellationToken));
                    break;
                case UpgradeChangeKind.KeptNoLongerInTemplate:
                    await context.Connection.ExecuteAsync(new CommandDefinition(
                        "DELETE FROM workspace_workflows WHERE installation_id = @installationId AND template_definition_id = @id",
                        new { installationId = context.InstallationId, id = change.Subject }, context.Transaction, cancellationToken: cancellationToken));
                    break;
            }
        }
        return null;
    }

    private static async Task UpgradeTablesAsync(InstallContext context, InstallationState state, Template newer, CancellationToken cancellationToken)
    {
        var from = state.Row.ToInstalled().Manifest;
        foreach (var table in newer.Tables.Where(t => from.Tables.All(o => o.Id != t.Table.Id)))
            await WorkspaceStore.InsertRowsAsync(context.Connection, context.Transaction, context.Dialect, context.OrgId, context.InstallationId,
                table.Table, WorkspaceStore.SampleSource, table.Rows, context.Now, cancellationToken);
        foreach (var old in from.Tables)
        {
            var table = newer.Manifest.Tables.FirstOrDefault(t => t.Id == old.Id);
            if (table is null)
            {
                await context.Connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM workspace_rows WHERE org_id = @orgId AND installation_id = @installationId AND table_id = @tableId",
                    new { orgId = context.OrgId, installationId = context.InstallationId, tableId = old.Id }, context.Transaction, cancellationToken: cancellationToken));
                continue;
            }
            foreach (var row in state.Rows.Where(r => r.TableId == old.Id))
            {
                var carried = table.Columns.ToDictionary(c => c.Name, c => RowJson.Convert(c, row.Data[c.Name]).Value);
                await context.Connection.ExecuteAsync(new CommandDefinition(
                    $"UPDATE workspace_rows SET data = {context.Dialect.Json("data")} WHERE id = @Id AND org_id = @orgId",
                    new { row.Id, orgId = context.OrgId, data = RowJson.Write(table, carried) }, context.Transaction, cancellationToken: cancellationToken));
            }
        }
    }

    private static string Canonical(WorkflowDefinition definition) => WorkflowJson.Serialize(definition.AsVersion(1, isLatest: true, isPublished: true));

    private static async Task<InstallationState?> ReadAsync(DbConnection connection, DbTransaction? transaction, Guid orgId, Guid installationId, CancellationToken cancellationToken)
    {
        var row = await WorkspaceStore.FindRowAsync(connection, transaction, orgId, installationId, cancellationToken);
        if (row is null)
            return null;
        var workflows = new List<WorkflowState>();
        foreach (var installed in await WorkspaceStore.ListWorkflowsAsync(connection, transaction, orgId, installationId, cancellationToken))
        {
            var versions = (await connection.QueryAsync<VersionRow>(new CommandDefinition(
                "SELECT version, is_latest, document FROM workflow_definitions WHERE org_id = @orgId AND definition_id = @definitionId AND (is_latest OR version = @installedVersion)",
                new { orgId, definitionId = installed.DefinitionId, installedVersion = installed.InstalledVersion }, transaction, cancellationToken: cancellationToken))).AsList();
            var document = versions.FirstOrDefault(v => v.Version == installed.InstalledVersion)?.Document;
            workflows.Add(new WorkflowState(
                installed,
                document is null ? null : WorkflowJson.Read(document).Definition,
                EditedByFirm: versions.FirstOrDefault(v => v.IsLatest)?.Version != installed.InstalledVersion));
        }
        var forms = (await connection.QueryAsync<(string FormId, string Document)>(new CommandDefinition(
            "SELECT form_id, document FROM workspace_forms WHERE org_id = @orgId AND installation_id = @installationId",
            new { orgId, installationId }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(f => f.FormId, f => JsonSerializer.Deserialize<TemplateForm>(f.Document, TemplateJson.Options)!);
        var rows = (await connection.QueryAsync<StoredRow>(new CommandDefinition(
            "SELECT id, table_id, source, data FROM workspace_rows WHERE org_id = @orgId AND installation_id = @installationId ORDER BY id",
            new { orgId, installationId }, transaction, cancellationToken: cancellationToken)))
            .Select(r => new RowState(r.Id, r.TableId, r.Source, JsonNode.Parse(r.Data)!.AsObject())).ToList();
        return new InstallationState(row, workflows, forms, rows);
    }

    private sealed record InstallationState(InstallationRow Row, IReadOnlyList<WorkflowState> Workflows, IReadOnlyDictionary<string, TemplateForm> Forms, IReadOnlyList<RowState> Rows);

    private sealed record WorkflowState(InstalledWorkflow Installed, WorkflowDefinition? InstalledDocument, bool EditedByFirm);

    private sealed record RowState(long Id, string TableId, string Source, JsonObject Data);

    private sealed class VersionRow
    {
        public int Version { get; init; }
        public bool IsLatest { get; init; }
        public string Document { get; init; } = "";
    }

    private sealed class StoredRow
    {
        public long Id { get; init; }
        public string TableId { get; init; } = "";
        public string Source { get; init; } = "";
        public string Data { get; init; } = "";
    }
}
