using System.Text.Json.Nodes;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Workspace;

/// <summary>A form task whose form an admin gave a signature and a conditional photo: the server enforces both.</summary>
[Collection(WorkflowClaimsCollection.Name)]
public sealed class FormFileTaskTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(OpenTask Task, WorkspaceForm Form)> StartSignedShiftReportAsync(WorkspaceHarness ws)
    {
        await ws.InstallAsync(WorkspaceHarness.Template("oee-calculator"));
        Assert.True((await ws.As<WorkflowRuntime>().StartAsync("oee-calculator-shift-report", null, Ct))!.Succeeded);
        var task = Assert.Single(await ws.As<WorkflowRuntime>(ws.Member(Roles.FirmMember)).ListMyTasksAsync(Ct));
        var form = (await ws.As<WorkspaceStore>().FindFormAsync(task.Form!, Ct))!;
        var edited = new TemplateForm
        {
            Title = form.Form.Title,
            Fields =
            [
                .. form.Form.Fields,
                new FormField { Name = "scrapFound", Type = "checkbox", Label = new LocalizedText { En = "Scrap found", ZhCn = "发现废品" } },
                new FormField
                {
                    Name = "scrapPhoto", Type = "photo", Required = true, Label = new LocalizedText { En = "Scrap photo", ZhCn = "废品照片" },
                    ShowWhen = new FieldRule { Field = "scrapFound", Value = "true" },
                },
                new FormField { Name = "signature", Type = "signature", Required = true, Label = new LocalizedText { En = "Signature", ZhCn = "签名" } },
            ],
        };
        Assert.True((await ws.As<WorkspaceFormEditor>().SaveAsync(form.Key, edited, form.Version, Ct))!.Succeeded);
        return (task, (await ws.As<WorkspaceStore>().FindFormAsync(task.Form!, Ct))!);
    }

    private static JsonObject Report() => new()
    {
        ["machine"] = "CNC-02", ["shift"] = "late", ["plannedTimeMin"] = "450", ["runTimeMin"] = "400",
        ["idealCycleTimeS"] = "42", ["totalCount"] = "500", ["goodCount"] = "490",
    };

    [Theory, BothDatabases]
    public async Task A_task_without_its_required_signature_is_refused_by_the_server_and_stores_no_file(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var (task, form) = await StartSignedShiftReportAsync(ws);

        var refused = await ws.As<WorkspaceTasks>(ws.Member(Roles.FirmMember)).CompleteAsync(task.BookmarkId, form, Report(), Ct);

        Assert.Equal([("signature", FormValues.RequiredCode)], refused!.Errors.Select(e => (e.Field, e.Code)));
        Assert.Equal(0, await ws.CountAsync("SELECT COUNT(*) FROM workspace_form_files WHERE org_id = @orgId", new { orgId = ws.Firm.Id }));
    }

    [Theory, BothDatabases]
    public async Task A_photo_its_rule_asks_for_is_required_by_the_server(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var (task, form) = await StartSignedShiftReportAsync(ws);
        var entered = Report();
        entered["signature"] = SampleFiles.SignatureDataUrl;
        entered["scrapFound"] = true;

        var refused = await ws.As<WorkspaceTasks>(ws.Member(Roles.FirmMember)).CompleteAsync(task.BookmarkId, form, entered, Ct);

        Assert.Equal([("scrapPhoto", FormValues.RequiredCode)], refused!.Errors.Select(e => (e.Field, e.Code)));
    }

    [Theory, BothDatabases]
    public async Task A_signed_task_keeps_a_reference_to_the_stored_signature_in_the_workflow(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var (task, form) = await StartSignedShiftReportAsync(ws);
        var entered = Report();
        entered["signature"] = SampleFiles.SignatureDataUrl;

        var completed = await ws.As<WorkspaceTasks>(ws.Member(Roles.FirmMember)).CompleteAsync(task.BookmarkId, form, entered, Ct);

        Assert.True(completed!.Succeeded);
        var signature = completed.Value.Variables["report"]!["signature"]!;
        Assert.Equal(("signature.png", "image/png"), (signature["name"]!.GetValue<string>(), signature["contentType"]!.GetValue<string>()));
        Assert.Null(signature["content"]);
        var file = await ws.As<FormFileStore>(ws.Member(Roles.FirmAdmin)).FindAsync(Guid.Parse(signature["fileId"]!.GetValue<string>()), Ct);
        Assert.Equal((form.Key, "signature"), (file!.FormKey, file.Field));
    }
}
