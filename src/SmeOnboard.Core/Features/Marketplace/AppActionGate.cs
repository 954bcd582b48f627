using System.Text.Json;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace.Manifests;
using SmeOnboard.Workflows.Activities;

namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>
/// Lets a workflow call an app's action only when the organisation has the app installed, the platform has not
/// suspended or delisted it, the installed version declares the action, and every scope the action needs is still
/// granted. Each attempt, called or refused, goes into the firm's data-access log once: for that install, or with the
/// app alone when the firm never installed it.
/// </summary>
public sealed class AppActionGate(IDbConnectionFactory db, TimeProvider clock) : IAppActionGate
{
    public string? Refuse(string organisationId, string instanceId, string executionKey, string app, string action) =>
        // The engine runs activities synchronously; the check runs on the thread pool so no caller's synchronisation
        // context (a Blazor circuit's) is waited on.
        Task.Run(() => RefuseAsync(Guid.Parse(organisationId), instanceId, executionKey, app, action)).GetAwaiter().GetResult();

    public async Task<string?> RefuseAsync(Guid orgId, string instanceId, string executionKey, string app, string action, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        // The active install if there is one, else the latest past one (whose log still belongs to the firm).
        var install = await connection.QueryFirstOrDefaultAsync<InstallState>(new CommandDefinition(
            """
            SELECT i.id, i.status, a.listing, v.manifest
            FROM marketplace_installs i
            JOIN marketplace_apps a ON a.id = i.app_id
            JOIN marketplace_app_versions v ON v.app_id = i.app_id AND v.version = i.app_version
            WHERE i.org_id = @orgId AND i.app_id = @app
            ORDER BY CASE WHEN i.status = 'Active' THEN 0 ELSE 1 END, i.installed_at DESC
            """, new { orgId, app }, cancellationToken: cancellationToken));
        string? refusal;
        IReadOnlyList<string> missing = [];
        if (install is null)
        {
            refusal = $"The app '{app}' is not installed in this organisation, so its action '{action}' was not called. Install it from the marketplace, then retry.";
        }
        else
        {
            var granted = (await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT scope FROM marketplace_install_scopes WHERE install_id = @Id AND revoked_at IS NULL", new { install.Id }, cancellationToken: cancellationToken))).ToHashSet();
            var declared = JsonSerializer.Deserialize<AppManifest>(install.Manifest, ManifestValidator.Json)?.Actions.FirstOrDefault(a => a.Name == action);
            missing = declared?.RequiredScopes.Where(s => !granted.Contains(s)).ToList() ?? [];
            refusal = (install.Status, install.Listing, declared, missing.Count) switch
            {
                (not InstallStatuses.Active, _, _, _) =>
                    $"The app '{app}' was uninstalled, so its action '{action}' was not called. Install it again from the marketplace, then retry.",
                (_, not "Listed", _, _) =>
                    $"The app '{app}' is {install.Listing.ToLowerInvariant()} by the platform, so its action '{action}' was not called.",
                (_, _, null, _) => $"The app '{app}' has no action '{action}' in the installed version.",
                (_, _, _, > 0) =>
                    $"The app '{app}' lacks the data scope {string.Join(", ", missing)} that its action '{action}' needs (revoked or never granted), so it was not called. Grant it again by reinstalling the app, then retry.",
                _ => null,
            };
        }
        // Once per activity execution: a burst decided again after a conflict finds its entry already there.
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO marketplace_data_access_log (org_id, install_id, app_id, occurred_at, scope, action, summary, execution_key)
            VALUES (@orgId, @installId, @app, @now, @scope, @kind, @summary, @executionKey)
            ON CONFLICT (execution_key) DO NOTHING
            """,
            new
            {
                orgId, installId = install?.Id, app, now = clock.GetUtcNow(), scope = missing.FirstOrDefault(),
                kind = refusal is null ? "action-call" : "action-refused",
                summary = refusal ?? $"Action '{action}' called by workflow instance {instanceId}", executionKey,
            }, cancellationToken: cancellationToken));
        return refusal;
    }

    private sealed class InstallState
    {
        public Guid Id { get; init; }
        public string Status { get; init; } = "";
        public string Listing { get; init; } = "";
        public string Manifest { get; init; } = "";
    }
}
