using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Core.Tests.Features.Workspace;

[Collection(WorkflowClaimsCollection.Name)]
public sealed class TemplateInstallTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Installing_a_template_publishes_its_workflows_and_keeps_its_forms_tables_and_version(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var template = WorkspaceHarness.Template("oee-calculator");

        var installed = await ws.InstallAsync(template);

        Assert.Equal(("oee-calculator", template.Manifest.Version, 1), (installed.Slug, installed.Version, installed.CopyNumber));
        var listed = Assert.Single(await ws.As<IWorkspaceData>().ListInstalledAsync(Ct));
        Assert.Equal(installed.Id, listed.Id);
        Assert.Equal(template.Manifest.Kpis.Select(k => k.Id), listed.Manifest.Kpis.Select(k => k.Id));
        var workflow = await ws.As<WorkflowDefinitions>().FindPublishedAsync("oee-calculator-shift-report", Ct);
        Assert.NotNull(workflow);
        Assert.Equal("oee-calculator-shift-report", workflow.FindActivity("start-report")!.Input("form")!.Expression.Value!.GetValue<string>());
        var form = await ws.As<WorkspaceStore>().FindFormAsync("oee-calculator-shift-report", Ct);
        Assert.Equal("shift_production", form!.Table!.Id);
        var rows = await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "shift_production", Ct);
        Assert.Equal(template.Table("shift_production")!.Rows.Count, rows.Count);
        Assert.Equal((new DateOnly(2026, 3, 2), 450.0, "CNC-01"), ((DateOnly)rows[0]["date"]!, (double)rows[0]["planned_time_min"]!, (string)rows[0]["machine"]!));
    }

    [Theory, BothDatabases]
    public async Task An_install_is_recorded_in_the_audit_log(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);

        var installed = await ws.InstallAsync(WorkspaceHarness.Template("five-s-audit"));

        var entries = await ws.As<AuditLog>().ListForCurrentOrganisationAsync(10, Ct);
        Assert.Contains(entries, e => e.Action == "template.installed" && e.EntityId == installed.Id.ToString());
    }

    [Theory, BothDatabases]
    public async Task Installing_the_same_template_again_asks_first_and_then_adds_a_second_copy_with_ids_of_its_own(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var template = WorkspaceHarness.Template("oee-calculator");
        await ws.InstallAsync(template);

        var unconfirmed = await ws.As<TemplateInstaller>().InstallAsync(template, addCopy: false, Ct);
        var second = await ws.InstallAsync(template, addCopy: true);

        Assert.Equal(WorkspaceErrors.AlreadyInstalledCode, Assert.Single(unconfirmed.Errors).Code);
        Assert.Equal(2, second.CopyNumber);
        Assert.Equal(2, (await ws.As<IWorkspaceData>().ListInstalledAsync(Ct)).Count);
        var copy = await ws.As<WorkflowDefinitions>().FindPublishedAsync("oee-calculator-2-shift-report", Ct);
        Assert.Equal("Shift OEE report (2)", copy!.Name);
        Assert.NotNull(await ws.As<WorkspaceStore>().FindFormAsync("oee-calculator-2-shift-report", Ct));
        Assert.Equal(2, (await ws.As<WorkflowDefinitions>().ListAsync(Ct)).Count);
    }

    [Theory, BothDatabases]
    public async Task Another_firm_sees_nothing_of_an_installation(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var installed = await ws.InstallAsync(WorkspaceHarness.Template("oee-calculator"));
        var other = ws.Member(Roles.FirmAdmin, ws.Other);

        Assert.Empty(await ws.As<IWorkspaceData>(other).ListInstalledAsync(Ct));
        Assert.Null(await ws.As<IWorkspaceData>(other).FindInstalledAsync(installed.Id, Ct));
        Assert.Empty(await ws.As<IWorkspaceData>(other).ReadRowsAsync(installed.Id, "shift_production", Ct));
        Assert.Null(await ws.As<WorkspaceStore>(other).FindFormAsync("oee-calculator-shift-report", Ct));
        Assert.Null(await ws.As<WorkflowDefinitions>(other).FindLatestAsync("oee-calculator-shift-report", Ct));
        Assert.Null(await ws.As<TemplateUpgrades>(other).PlanAsync(installed.Id, WorkspaceHarness.Template("oee-calculator"), Ct));
    }

    [Theory, BothDatabases]
    public async Task The_other_firm_installs_the_same_template_as_its_own_first_copy(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        await ws.InstallAsync(WorkspaceHarness.Template("oee-calculator"));

        var theirs = await ws.InstallAsync(WorkspaceHarness.Template("oee-calculator"), ws.Other);

        Assert.Equal(1, theirs.CopyNumber);
        Assert.NotNull(await ws.As<WorkflowDefinitions>(ws.Member(Roles.FirmAdmin, ws.Other)).FindPublishedAsync("oee-calculator-shift-report", Ct));
    }

    [Theory, BothDatabases]
    public async Task A_failed_install_leaves_nothing_half_created(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var template = WorkspaceHarness.Template("maintenance-orders");
        // The firm's own workflow has the id the template's second workflow would get, so the install fails midway.
        var second = template.Workflows[1].Definition;
        var own = WorkspaceNames.Localise(second, "maintenance-orders", 1);
        Assert.True((await ws.As<WorkflowDefinitions>().SaveDraftAsync(own.DefinitionId, WorkflowJson.Serialize(own), Ct)).Succeeded);

        var result = await ws.As<TemplateInstaller>().InstallAsync(template, cancellationToken: Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal((WorkspaceErrors.IdTakenCode, own.DefinitionId), (error.Code, error.Field));
        Assert.Empty(await ws.As<IWorkspaceData>().ListInstalledAsync(Ct));
        var definitions = await ws.As<WorkflowDefinitions>().ListAsync(Ct);
        Assert.Equal([own.DefinitionId], definitions.Select(d => d.DefinitionId));
        Assert.Equal(0, await ws.CountAsync("SELECT COUNT(*) FROM workspace_forms WHERE org_id = @orgId", new { orgId = ws.Firm.Id }));
        Assert.Equal(0, await ws.CountAsync("SELECT COUNT(*) FROM workspace_rows WHERE org_id = @orgId", new { orgId = ws.Firm.Id }));
        Assert.Equal(0, await ws.CountAsync("SELECT COUNT(*) FROM workflow_triggers WHERE org_id = @orgId", new { orgId = ws.Firm.Id }));
    }
}
