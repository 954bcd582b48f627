using System.Text.Json.Nodes;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Workspace;

[Collection(WorkflowClaimsCollection.Name)]
public sealed class FormSubmissionTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Incident() => new()
    {
        ["area"] = "PRESS-LINE", ["kind"] = "near-miss", ["severity"] = "minor", ["lostDays"] = "0", ["actionStatus"] = "open",
        ["description"] = "Pallet left in the walkway", ["occurredOn"] = "2026-11-20",
    };

    [Theory, BothDatabases]
    public async Task The_forms_that_start_workflows_are_listed_with_the_workflows_they_start(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        await ws.InstallAsync(WorkspaceHarness.Template("incident-reporting"));
        await ws.InstallAsync(WorkspaceHarness.Template("andon-escalation"));
        await ws.InstallAsync(WorkspaceHarness.Template("oee-calculator"));

        var forms = await ws.As<FormSubmissions>(ws.Member(Roles.FirmMember)).ListAsync(Ct);

        Assert.Equal(["andon-escalation-andon-call", "incident-reporting-incident-report"], forms.Select(f => f.Form.Key));
        Assert.All(forms, f => Assert.NotEmpty(f.Workflows));
    }

    [Theory, BothDatabases]
    public async Task Submitting_a_start_form_starts_its_workflow_with_the_values_and_appends_a_row(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var installed = await ws.InstallAsync(WorkspaceHarness.Template("incident-reporting"));
        var before = (await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "incidents", Ct)).Count;

        var submitted = await ws.As<FormSubmissions>(ws.Member(Roles.FirmMember)).SubmitAsync("incident-reporting-incident-report", Incident(), Ct);

        Assert.True(submitted!.Succeeded, string.Join("; ", submitted.Errors.Select(e => e.Message)));
        var instanceId = Assert.Single(submitted.Value.InstanceIds);
        var instance = (await ws.As<WorkflowRuntime>().FindInstanceAsync(instanceId, Ct))!.Instance;
        Assert.Equal("PRESS-LINE", instance.Variables["incident"]!["area"]!.GetValue<string>());
        var rows = await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "incidents", Ct);
        Assert.Equal(before + 1, rows.Count);
        Assert.Equal(("PRESS-LINE", "open", 0.0, new DateOnly(2026, 11, 20)),
            ((string)rows[^1]["area"]!, (string)rows[^1]["action_status"]!, (double)rows[^1]["lost_days"]!, (DateOnly)rows[^1]["date"]!));
        Assert.Equal(1, await ws.CountAsync("SELECT COUNT(*) FROM workflow_outbox WHERE idempotency_key = @key", new { key = FormSubmissions.RowKey(instanceId) }));
    }

    [Theory, BothDatabases]
    public async Task A_submission_that_does_not_fit_the_form_starts_nothing_and_adds_no_row(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var installed = await ws.InstallAsync(WorkspaceHarness.Template("incident-reporting"));
        var before = (await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "incidents", Ct)).Count;
        var entered = Incident();
        entered["severity"] = "catastrophic";

        var refused = await ws.As<FormSubmissions>(ws.Member(Roles.FirmMember)).SubmitAsync("incident-reporting-incident-report", entered, Ct);

        Assert.Equal(("severity", FormValues.NotOptionCode), (Assert.Single(refused!.Errors).Field, refused.Errors[0].Code));
        Assert.Empty(await ws.As<WorkflowRuntime>().ListInstancesAsync(null, Ct));
        Assert.Equal(before, (await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "incidents", Ct)).Count);
    }

    [Theory, BothDatabases]
    public async Task Another_firms_start_form_and_a_form_that_starts_nothing_are_not_found(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        await ws.InstallAsync(WorkspaceHarness.Template("incident-reporting"));
        await ws.InstallAsync(WorkspaceHarness.Template("oee-calculator"));
        var other = ws.Member(Roles.FirmAdmin, ws.Other);

        Assert.Empty(await ws.As<FormSubmissions>(other).ListAsync(Ct));
        Assert.Null(await ws.As<FormSubmissions>(other).SubmitAsync("incident-reporting-incident-report", Incident(), Ct));
        Assert.Null(await ws.As<FormSubmissions>().SubmitAsync("oee-calculator-shift-report", new JsonObject(), Ct));
    }
}
