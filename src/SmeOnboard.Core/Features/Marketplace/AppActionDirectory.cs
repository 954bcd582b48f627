using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace.Manifests;
using SmeOnboard.Core.Features.Marketplace.Webhooks;

namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>
/// Where app action calls go and how both directions are signed: the action's webhook URL as the firm's installed
/// version of the app declares it, and the signing secret of the app's vendor (the one its install webhooks use).
/// </summary>
public sealed class AppActionDirectory(IDbConnectionFactory db, WebhookSecrets secrets, IOptions<VendorWebhookOptions> options)
{
    /// <summary>The address and secret for <paramref name="action"/> of <paramref name="app"/> as installed by the organisation, or why there is none.</summary>
    public async Task<Result<AppActionTarget>> FindTargetAsync(Guid orgId, string app, string action, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        // Checked again at delivery: the app may have been uninstalled or taken down since the workflow queued the call.
        var installed = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            """
            SELECT v.manifest FROM marketplace_installs i
            JOIN marketplace_apps a ON a.id = i.app_id
            JOIN marketplace_app_versions v ON v.app_id = i.app_id AND v.version = i.app_version
            WHERE i.org_id = @orgId AND i.app_id = @app AND i.status = 'Active' AND a.listing = 'Listed'
            """, new { orgId, app }, cancellationToken: cancellationToken));
        if (installed is null)
            return Problem($"The app '{app}' is not installed in this organisation, or the platform suspended it.");
        var declared = JsonSerializer.Deserialize<AppManifest>(installed, ManifestValidator.Json)?.Actions.FirstOrDefault(a => a.Name == action);
        if (declared is null)
            return Problem($"The installed version of '{app}' declares no action '{action}'.");
        if (WebhookUrls.Check(declared.WebhookUrl, options.Value.AllowLoopbackHttp) is not null)
            return Problem($"The action '{action}' of '{app}' has a webhook URL that is not https.");
        if (await FindSecretAsync(connection, app, cancellationToken) is not { } secret)
            return Problem($"The vendor of '{app}' has no signing secret yet; it is made when the vendor saves a webhook address.");
        return new AppActionTarget(new Uri(declared.WebhookUrl), secret);
    }

    /// <summary>The signing secret of <paramref name="app"/>'s vendor, or null for an unknown app or a vendor without one.</summary>
    public async Task<string?> FindSecretAsync(string app, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await FindSecretAsync(connection, app, cancellationToken);
    }

    private async Task<string?> FindSecretAsync(System.Data.Common.DbConnection connection, string app, CancellationToken cancellationToken)
    {
        var stored = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            """
            SELECT w.secret_protected FROM marketplace_apps a JOIN vendor_webhooks w ON w.vendor_org_id = a.vendor_org_id
            WHERE a.id = @app
            """, new { app }, cancellationToken: cancellationToken));
        return stored is null ? null : secrets.Unprotect(stored);
    }

    private static FieldError Problem(string message) => new("app", "Errors.AppActionNoTarget", message);
}
