using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Workspace;

/// <summary>A firm admin edits an installed workspace form: a new version each save, checked first, never over another's save.</summary>
[Collection(WorkflowClaimsCollection.Name)]
public sealed class FormEditorTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<WorkspaceForm> ShiftReportFormAsync(WorkspaceHarness ws)
    {
        await ws.InstallAsync(WorkspaceHarness.Template("oee-calculator"));
        var key = Assert.Single(await ws.As<WorkspaceStore>().ListFormsAsync(Ct), f => f.Key.Contains("shift", StringComparison.Ordinal)).Key;
        return (await ws.As<WorkspaceStore>().FindFormAsync(key, Ct))!;
    }

    private static TemplateForm WithNote(TemplateForm form, string label) => new()
    {
        Id = form.Id,
        Table = form.Table,
        Title = form.Title,
        Fields = [.. form.Fields.Select(f => f.Name == "note" ? new FormField { Name = f.Name, Type = f.Type, Column = f.Column, Label = new LocalizedText { En = label, ZhCn = "备注" } } : f)],
    };

    [Theory, BothDatabases]
    public async Task Saving_an_edited_form_makes_its_next_version_which_tasks_then_show(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var form = await ShiftReportFormAsync(ws);

        var saved = await ws.As<WorkspaceFormEditor>().SaveAsync(form.Key, WithNote(form.Form, "Remarks"), form.Version, Ct);
        var reread = await ws.As<WorkspaceStore>().FindFormAsync(form.Key, Ct);

        Assert.True(saved!.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Message)));
        Assert.Equal(form.Version + 1, saved.Value);
        Assert.Equal(saved.Value, reread!.Version);
        Assert.Equal("Remarks", reread.Form.Fields.Single(f => f.Name == "note").Label.En);
        Assert.Equal(1, await ws.CountAsync(
            "SELECT COUNT(*) FROM workspace_form_versions WHERE org_id = @orgId AND form_key = @key", new { orgId = ws.Firm.Id, key = form.Key }));
    }

    [Theory, BothDatabases]
    public async Task A_save_from_a_version_someone_else_already_replaced_is_refused(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var form = await ShiftReportFormAsync(ws);
        await ws.As<WorkspaceFormEditor>().SaveAsync(form.Key, WithNote(form.Form, "First"), form.Version, Ct);

        var second = await ws.As<WorkspaceFormEditor>().SaveAsync(form.Key, WithNote(form.Form, "Second"), form.Version, Ct);

        Assert.Equal(FormDesign.ConflictCode, second!.Errors[0].Code);
        Assert.Equal("First", (await ws.As<WorkspaceStore>().FindFormAsync(form.Key, Ct))!.Form.Fields.Single(f => f.Name == "note").Label.En);
    }

    [Theory, BothDatabases]
    public async Task Another_firms_form_is_not_found(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var form = await ShiftReportFormAsync(ws);

        var otherFirm = await ws.As<WorkspaceFormEditor>(ws.Member(Roles.FirmAdmin, ws.Other)).SaveAsync(form.Key, form.Form, form.Version, Ct);

        Assert.Null(otherFirm);
    }
}
