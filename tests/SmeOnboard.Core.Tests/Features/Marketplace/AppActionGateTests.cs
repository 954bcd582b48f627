using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Tests.Features.Marketplace;

/// <summary>A workflow calls an app's action only when the firm has installed the app and granted what the action needs.</summary>
public sealed class AppActionGateTests(TestDatabases databases)
{
    // Shipped, free; its action raiseCall needs people.read.
    private const string Andon = "shopfloor-andon";
    private static readonly string[] AndonScopes = ["people.read", "workflows.write"];
    private static readonly ConcurrentDictionary<TestDatabase, Lazy<Task>> Shipped = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task An_installed_app_holding_the_actions_scopes_is_called_and_the_call_is_logged(DatabaseProvider provider)
    {
        await using var wf = await StartAsync(provider);
        var install = await InstallAsync(wf);

        var id = await wf.PublishAndStartAsync(RuntimeFlows.AppAction($"andon-{Guid.NewGuid():N}", Andon, "raiseCall"));

        var instance = (await wf.Store.FindInstanceAsync(OrganisationKey.Format(wf.Firm.Id), id, Ct))!;
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(1, await wf.Portal.CountAsync("SELECT COUNT(*) FROM workflow_outbox WHERE instance_id = @id", new { id }));
        var entry = Assert.Single(await LogAsync(wf, install));
        Assert.Equal("action-call", entry.Action);
        Assert.Contains(id, entry.Summary, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task An_app_the_firm_has_not_installed_is_not_called_and_the_instance_gets_an_incident(DatabaseProvider provider)
    {
        await using var wf = await StartAsync(provider);

        var id = await wf.PublishAndStartAsync(RuntimeFlows.AppAction($"andon-{Guid.NewGuid():N}", Andon, "raiseCall"));

        var instance = (await wf.Store.FindInstanceAsync(OrganisationKey.Format(wf.Firm.Id), id, Ct))!;
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal(IncidentKind.AppNotPermitted, incident.Kind);
        Assert.Contains("not installed", incident.Message, StringComparison.Ordinal);
        Assert.Equal(0, await wf.Portal.CountAsync("SELECT COUNT(*) FROM workflow_outbox WHERE instance_id = @id", new { id }));
    }

    [Theory, BothDatabases]
    public async Task An_app_whose_needed_scope_was_revoked_is_not_called_and_the_refusal_is_logged(DatabaseProvider provider)
    {
        await using var wf = await StartAsync(provider);
        var install = await InstallAsync(wf);
        await wf.Portal.As<AppInstallStore>(wf.Member(Roles.FirmAdmin)).RevokeScopeForCurrentAsync(install, "people.read", Ct);

        var id = await wf.PublishAndStartAsync(RuntimeFlows.AppAction($"andon-{Guid.NewGuid():N}", Andon, "raiseCall"));

        var instance = (await wf.Store.FindInstanceAsync(OrganisationKey.Format(wf.Firm.Id), id, Ct))!;
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal(IncidentKind.AppNotPermitted, incident.Kind);
        Assert.Contains("people.read", incident.Message, StringComparison.Ordinal);
        Assert.Equal(0, await wf.Portal.CountAsync("SELECT COUNT(*) FROM workflow_outbox WHERE instance_id = @id", new { id }));
        var entry = Assert.Single(await LogAsync(wf, install));
        Assert.Equal(("action-refused", "people.read"), (entry.Action, entry.Scope));
    }

    [Theory, BothDatabases]
    public async Task An_action_the_installed_version_does_not_declare_is_not_called(DatabaseProvider provider)
    {
        await using var wf = await StartAsync(provider);
        await InstallAsync(wf);

        var id = await wf.PublishAndStartAsync(RuntimeFlows.AppAction($"andon-{Guid.NewGuid():N}", Andon, "deleteEverything"));

        var instance = (await wf.Store.FindInstanceAsync(OrganisationKey.Format(wf.Firm.Id), id, Ct))!;
        Assert.Contains("no action 'deleteEverything'", Assert.Single(instance.Incidents).Message, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task A_refused_call_to_an_app_the_firm_never_installed_is_logged_for_the_firm_by_app(DatabaseProvider provider)
    {
        await using var wf = await StartAsync(provider);

        var id = await wf.PublishAndStartAsync(RuntimeFlows.AppAction($"andon-{Guid.NewGuid():N}", Andon, "raiseCall"));

        var entry = Assert.Single(await wf.Portal.As<AppInstallStore>(wf.Member(Roles.FirmAdmin)).ListRefusalsOfAppsNotInstalledForCurrentAsync(10, Ct));
        Assert.Equal((Andon, "action-refused"), (entry.AppId, entry.Action));
        Assert.Contains("not installed", entry.Summary, StringComparison.Ordinal);
        Assert.Empty(await wf.Portal.As<AppInstallStore>(wf.Member(Roles.FirmAdmin, wf.Other)).ListRefusalsOfAppsNotInstalledForCurrentAsync(10, Ct));
        Assert.Equal(WorkflowStatus.Faulted, (await wf.Store.FindInstanceAsync(OrganisationKey.Format(wf.Firm.Id), id, Ct))!.Status);
    }

    [Theory, BothDatabases]
    public async Task The_same_execution_decided_again_after_a_conflict_is_logged_once(DatabaseProvider provider)
    {
        await using var wf = await StartAsync(provider);
        var install = await InstallAsync(wf);
        var gate = wf.NewWorker<AppActionGate>();
        var instanceId = Guid.NewGuid().ToString("N");
        var org = OrganisationKey.Format(wf.Firm.Id);

        // A burst recomputed after a conflict runs the activity again with the same execution (same idempotency key).
        Assert.Null(gate.Refuse(org, instanceId, $"{instanceId}:1", Andon, "raiseCall"));
        Assert.Null(gate.Refuse(org, instanceId, $"{instanceId}:1", Andon, "raiseCall"));
        Assert.Null(gate.Refuse(org, instanceId, $"{instanceId}:2", Andon, "raiseCall"));
        Assert.NotNull(gate.Refuse(org, instanceId, $"{instanceId}:3", "never-installed-app", "ship"));
        Assert.NotNull(gate.Refuse(org, instanceId, $"{instanceId}:3", "never-installed-app", "ship"));

        Assert.Equal(2, (await LogAsync(wf, install)).Count);
        Assert.Single(await wf.Portal.As<AppInstallStore>(wf.Member(Roles.FirmAdmin)).ListRefusalsOfAppsNotInstalledForCurrentAsync(10, Ct));
    }

    [Theory, BothDatabases]
    public async Task A_burst_recomputed_after_a_revision_conflict_logs_its_action_call_once(DatabaseProvider provider)
    {
        await using var wf = await StartAsync(provider);
        var org = OrganisationKey.Format(wf.Firm.Id);
        var id = await wf.PublishAndStartAsync(RuntimeFlows.SignalThenAppAction($"signal-{Guid.NewGuid():N}", $"press/{Guid.NewGuid():N}", RuntimeHarness.AppId));
        var bookmark = Assert.Single((await wf.Store.FindInstanceAsync(org, id, Ct))!.Bookmarks);
        var runner = wf.As<WorkflowRunner>();
        var computed = 0;

        var result = await wf.NewWorker<WorkflowExecutor>().RunAsync(org, id, (definition, instance) =>
        {
            var burst = runner.Resume(definition, instance, bookmark.Id);
            // The first computation loses the race: another save moves the instance on before this one is stored.
            if (computed++ == 0)
                Task.Run(() => MoveOnBehindTheExecutorsBackAsync(wf, provider, id)).GetAwaiter().GetResult();
            return burst;
        }, Ct);

        Assert.Equal((ExecutionOutcome.Saved, 2), (result.Outcome, computed));
        var install = (await wf.Portal.As<AppInstallStore>(wf.Member(Roles.FirmAdmin)).FindActiveForCurrentAsync(RuntimeHarness.AppId, Ct))!;
        var entry = Assert.Single(await LogAsync(wf, install.Id));
        Assert.Equal("action-call", entry.Action);
    }

    /// <summary>What another node's save does to the row: a higher revision, in the column and in the state document.</summary>
    private static async Task MoveOnBehindTheExecutorsBackAsync(RuntimeHarness wf, DatabaseProvider provider, string id)
    {
        await using var connection = await wf.Portal.Database.Connections.OpenAsync(Ct);
        var state = JsonNode.Parse(await connection.ExecuteScalarAsync<string>("SELECT state FROM workflow_instances WHERE id = @id", new { id }) ?? "")!.AsObject();
        var key = state.Select(p => p.Key).Single(k => k.Equals("revision", StringComparison.OrdinalIgnoreCase));
        var revision = state[key]!.GetValue<int>() + 1;
        state[key] = revision;
        var sql = provider == DatabaseProvider.Postgres
            ? "UPDATE workflow_instances SET revision = @revision, state = CAST(@state AS jsonb) WHERE id = @id"
            : "UPDATE workflow_instances SET revision = @revision, state = @state WHERE id = @id";
        await connection.ExecuteAsync(sql, new { revision, state = state.ToJsonString(), id });
    }

    private async Task<RuntimeHarness> StartAsync(DatabaseProvider provider)
    {
        var wf = await RuntimeHarness.StartAsync(databases, provider);
        await Shipped.GetOrAdd(wf.Portal.Database, _ => new Lazy<Task>(() => wf.Portal.Anonymous<CatalogueLoader>().LoadAsync(TestManifests.ShippedFolder, Ct))).Value;
        return wf;
    }

    private static async Task<Guid> InstallAsync(RuntimeHarness wf)
    {
        var result = await wf.Portal.As<AppInstallStore>(wf.Member(Roles.FirmAdmin)).InstallForCurrentAsync(Andon, AndonScopes, Ct);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value.Id;
    }

    private static Task<List<DataAccessEntry>> LogAsync(RuntimeHarness wf, Guid install) =>
        wf.Portal.As<AppInstallStore>(wf.Member(Roles.FirmAdmin)).ListDataAccessForCurrentAsync(install, 10, Ct);
}
