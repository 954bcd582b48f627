using System.Text.Json.Nodes;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Features.Templates;
using SmeOnboard.Core.Tests.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Core.Tests.Features.Workspace;

[Collection(WorkflowClaimsCollection.Name)]
public sealed class TemplateUpgradeTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Version 1.1.0 of a shipped template, changed by <paramref name="edit"/> in a folder of the test's own.</summary>
    private static Template NextVersion(string slug, Action<TemplateFolders> edit)
    {
        using var folders = new TemplateFolders().Copy(slug);
        folders.EditJson(slug, TemplateLoader.ManifestFile, manifest => manifest["version"] = "1.1.0");
        edit(folders);
        var catalog = TemplateLoader.LoadFolder(folders.Root);
        Assert.True(catalog.Problems.Count == 0, string.Join("\n", catalog.Problems));
        return catalog.Find(slug)!;
    }

    [Theory, BothDatabases]
    public async Task An_upgrade_moves_unchanged_workflows_to_the_new_version_and_keeps_the_one_the_firm_edited(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var installed = await ws.InstallAsync(WorkspaceHarness.Template("maintenance-orders"));
        var weekly = (await ws.As<WorkflowDefinitions>().FindLatestAsync("maintenance-orders-preventive-weekly", Ct))!;
        var edited = JsonNode.Parse(WorkflowJson.Serialize(weekly))!;
        edited["name"] = "Our Monday check";
        Assert.True((await ws.As<WorkflowDefinitions>().SaveDraftAsync(weekly.DefinitionId, edited.ToJsonString(), Ct)).Succeeded);
        await ws.As<WorkflowDefinitions>().PublishAsync(weekly.DefinitionId, Ct);
        var next = NextVersion("maintenance-orders", folders =>
        {
            folders.EditJson("maintenance-orders", "workflows/maintenance-request.json", w => w["name"] = "Maintenance order (v1.1)");
            folders.EditJson("maintenance-orders", "workflows/preventive-weekly.json", w => w["name"] = "Weekly preventive check (v1.1)");
            folders.EditJson("maintenance-orders", TemplateLoader.ManifestFile, m =>
            {
                var kpi = m["kpis"]![0]!.DeepClone();
                kpi["id"] = "copy_of_first";
                m["kpis"]!.AsArray().Add(kpi);
            });
        });

        var plan = await ws.As<TemplateUpgrades>().PlanAsync(installed.Id, next, Ct);
        var upgraded = await ws.As<TemplateUpgrades>().ApplyAsync(installed.Id, next, Ct);

        Assert.Contains(new UpgradeChange(UpgradeArea.Workflow, UpgradeChangeKind.Changed, "maintenance-request"), plan!.Changes);
        Assert.Contains(new UpgradeChange(UpgradeArea.Workflow, UpgradeChangeKind.KeptFirmEdit, "preventive-weekly"), plan.Changes);
        Assert.Contains(new UpgradeChange(UpgradeArea.Kpi, UpgradeChangeKind.Added, "copy_of_first"), plan.Changes);
        Assert.True(upgraded!.Succeeded, string.Join("; ", upgraded.Errors.Select(e => e.Message)));
        Assert.Equal("1.1.0", upgraded.Value.Version);
        Assert.Contains(upgraded.Value.Manifest.Kpis, k => k.Id == "copy_of_first");
        Assert.Equal("Maintenance order (v1.1)", (await ws.As<WorkflowDefinitions>().FindPublishedAsync("maintenance-orders-maintenance-request", Ct))!.Name);
        Assert.Equal("Our Monday check", (await ws.As<WorkflowDefinitions>().FindPublishedAsync("maintenance-orders-preventive-weekly", Ct))!.Name);
    }

    [Theory, BothDatabases]
    public async Task An_upgrade_carries_the_rows_over_to_a_new_column(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var installed = await ws.InstallAsync(WorkspaceHarness.Template("oee-calculator"));
        var next = NextVersion("oee-calculator", folders => folders.EditJson("oee-calculator", TemplateLoader.ManifestFile,
            m => m["tables"]![0]!["columns"]!.AsArray().Add(new JsonObject { ["name"] = "operator", ["type"] = "text" })));

        var upgraded = await ws.As<TemplateUpgrades>().ApplyAsync(installed.Id, next, Ct);

        Assert.True(upgraded!.Succeeded, string.Join("; ", upgraded.Errors.Select(e => e.Message)));
        var rows = await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "shift_production", Ct);
        Assert.Equal(next.Table("shift_production")!.Rows.Count, rows.Count);
        Assert.All(rows, row => Assert.Null(row["operator"]));
        Assert.Equal(450.0, rows[0]["planned_time_min"]);
    }

    [Theory, BothDatabases]
    public async Task Removing_a_column_that_holds_data_the_firm_entered_is_refused_naming_the_column(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var installed = await ws.InstallAsync(WorkspaceHarness.Template("oee-calculator"));
        await EnterShiftReportAsync(ws, idealCycleTimeS: "42");
        var next = NextVersion("oee-calculator", folders =>
        {
            folders.EditJson("oee-calculator", TemplateLoader.ManifestFile, m =>
            {
                var columns = m["tables"]![0]!["columns"]!.AsArray();
                columns.Remove(columns.First(c => c!["name"]!.GetValue<string>() == "shift"));
            });
            folders.EditJson("oee-calculator", "forms/shift-report.json", f => f["fields"]!.AsArray().First(x => x!["name"]!.GetValue<string>() == "shift")!.AsObject().Remove("column"));
            // The sample rows lose the column too (it is the second one).
            var sample = File.ReadAllLines(folders.PathOf("oee-calculator", "data/shift_production.csv"))
                .Select(line => string.Join(',', line.Split(',').Where((_, index) => index != 1)));
            folders.Write("oee-calculator", "data/shift_production.csv", string.Join('\n', sample));
        });

        var refused = await ws.As<TemplateUpgrades>().ApplyAsync(installed.Id, next, Ct);

        var error = Assert.Single(refused!.Errors);
        Assert.Equal((TemplateUpgrades.ColumnHasDataCode, "shift_production.shift"), (error.Code, error.Field));
        Assert.Equal("1.0.0", (await ws.As<IWorkspaceData>().FindInstalledAsync(installed.Id, Ct))!.Version);
    }

    [Theory, BothDatabases]
    public async Task A_type_change_that_existing_rows_cannot_take_is_refused_naming_the_column(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var installed = await ws.InstallAsync(WorkspaceHarness.Template("oee-calculator"));
        await EnterShiftReportAsync(ws, idealCycleTimeS: "42.5");
        var next = NextVersion("oee-calculator", folders =>
        {
            folders.EditJson("oee-calculator", TemplateLoader.ManifestFile, m =>
                m["tables"]![0]!["columns"]!.AsArray().First(c => c!["name"]!.GetValue<string>() == "ideal_cycle_time_s")!["type"] = "integer");
            folders.EditJson("oee-calculator", "forms/shift-report.json", f =>
                f["fields"]!.AsArray().First(x => x!["name"]!.GetValue<string>() == "idealCycleTimeS")!["type"] = "integer");
        });

        var plan = await ws.As<TemplateUpgrades>().PlanAsync(installed.Id, next, Ct);
        var refused = await ws.As<TemplateUpgrades>().ApplyAsync(installed.Id, next, Ct);

        Assert.Contains(new UpgradeChange(UpgradeArea.Column, UpgradeChangeKind.Changed, "shift_production.ideal_cycle_time_s", "number → integer"), plan!.Changes);
        var error = Assert.Single(refused!.Errors);
        Assert.Equal((TemplateUpgrades.TypeChangeCode, "shift_production.ideal_cycle_time_s"), (error.Code, error.Field));
        Assert.Contains("42.5", error.Message);
    }

    [Theory, BothDatabases]
    public async Task An_older_or_equal_version_is_not_offered_as_an_upgrade(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var installed = await ws.InstallAsync(WorkspaceHarness.Template("oee-calculator"));

        var plan = await ws.As<TemplateUpgrades>().PlanAsync(installed.Id, WorkspaceHarness.Template("oee-calculator"), Ct);

        Assert.Equal(WorkspaceErrors.NotNewerCode, Assert.Single(plan!.Refusals).Code);
    }

    private static async Task EnterShiftReportAsync(WorkspaceHarness ws, string idealCycleTimeS)
    {
        Assert.True((await ws.As<WorkflowRuntime>().StartAsync("oee-calculator-shift-report", null, Ct))!.Succeeded);
        var task = Assert.Single(await ws.As<WorkflowRuntime>(ws.Member(Roles.FirmMember)).ListMyTasksAsync(Ct));
        var form = (await ws.As<WorkspaceStore>().FindFormAsync(task.Form!, Ct))!;
        var entered = new JsonObject
        {
            ["machine"] = "CNC-01", ["shift"] = "early", ["plannedTimeMin"] = "450", ["runTimeMin"] = "420",
            ["idealCycleTimeS"] = idealCycleTimeS, ["totalCount"] = "500", ["goodCount"] = "495",
        };
        var completed = await ws.As<WorkspaceTasks>(ws.Member(Roles.FirmMember)).CompleteAsync(task.BookmarkId, form, entered, Ct);
        Assert.True(completed!.Succeeded, string.Join("; ", completed.Errors.Select(e => e.Message)));
    }
}
