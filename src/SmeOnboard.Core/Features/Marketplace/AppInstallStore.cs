using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Marketplace.Webhooks;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>
/// The current firm's installs: install with consent, revoke a scope, uninstall, and the log of the app's access.
/// Another firm's install is reported as not found, never as forbidden, so install ids cannot be probed.
/// </summary>
public sealed class AppInstallStore(IDbConnectionFactory db, ICurrentActor actor, CatalogueStore catalogue, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Installs a free app with the scopes the firm consented to; it must consent to every scope the app asks for.
    /// Paid apps wait for checkout and are refused with a plain reason.
    /// </summary>
    public async Task<Result<AppInstall>> InstallForCurrentAsync(string appId, IReadOnlyCollection<string> consentedScopes, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        if (actor.OrganisationKind != OrganisationKind.Firm || !actor.IsInRole(Roles.FirmAdmin))
        {
            return new FieldError("", "Errors.MarketplaceFirmAdminOnly", "Only a firm's administrator can install apps.");
        }
        var app = await catalogue.FindAsync(appId, cancellationToken);
        if (app is not { IsListed: true })
        {
            return new FieldError("", "Errors.MarketplaceAppNotFound", "There is no such app in the catalogue.");
        }
        if (!app.IsFree)
        {
            return new FieldError("", "Errors.MarketplacePaidAppNotYet", "This is a paid app: buy it through checkout to install it.");
        }
        var requested = app.ReadManifest().DataScopes.Select(s => s.Scope).ToList();
        var missing = requested.Except(consentedScopes).ToList();
        if (missing.Count > 0)
        {
            return new FieldError("scopes", "Errors.MarketplaceConsentMissing", $"Consent to every data scope to install: {string.Join(", ", missing)} not given.");
        }

        var install = new AppInstall
        {
            Id = Guid.CreateVersion7(), AppId = app.Id, AppVersion = app.CurrentVersion, Status = InstallStatuses.Active,
            InstalledAt = clock.GetUtcNow(), NameEn = app.NameEn, NameZh = app.NameZh, VendorName = app.VendorName,
            Scopes = requested.Select(scope => new InstallScope { Scope = scope, GrantedAt = clock.GetUtcNow() }).ToList(),
        };
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO marketplace_installs (id, org_id, app_id, app_version, status, installed_at, installed_by)
                VALUES (@Id, @orgId, @AppId, @AppVersion, @Status, @InstalledAt, @userId)
                """,
                new { install.Id, orgId, install.AppId, install.AppVersion, install.Status, install.InstalledAt, userId = actor.UserId },
                transaction, cancellationToken: cancellationToken));
        }
        catch (DbException exception) when (IsSecondActiveInstall(exception))
        {
            return new FieldError("", "Errors.MarketplaceAlreadyInstalled", "This app is already installed.");
        }
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO marketplace_install_scopes (install_id, scope, granted_at, granted_by) VALUES (@installId, @Scope, @GrantedAt, @userId)",
            install.Scopes.Select(s => new { installId = install.Id, s.Scope, s.GrantedAt, userId = actor.UserId }),
            transaction, cancellationToken: cancellationToken));
        await WebhookOutbox.EnqueueAsync(connection, transaction, WebhookEventTypes.AppInstalled, app.Id, orgId,
            new { appId = app.Id, appVersion = app.CurrentVersion, organisationId = orgId, installId = install.Id, scopes = requested },
            install.InstalledAt, cancellationToken);
        await audit.RecordAsync(connection, transaction, new AuditRecord("marketplace.app-installed", "AppInstall", install.Id.ToString(),
            $"{app.NameEn} {app.CurrentVersion} installed with consent to {(requested.Count == 0 ? "no data scopes" : string.Join(", ", requested))}"));
        await transaction.CommitAsync(cancellationToken);
        return install;
    }

    /// <summary>
    /// Adds the install of a paid app for <paramref name="orgId"/>, once its order is paid, with the scopes the firm
    /// consented to at checkout, to the caller's batch. An install already active (a race with another order) is left as
    /// it is, and its scopes with it.
    /// </summary>
    internal static void AddPaidInstall(SqlBatch batch, Guid orgId, string appId, string appVersion, IReadOnlyList<string> scopes, Guid? userId, DateTimeOffset now)
    {
        var installId = Guid.CreateVersion7();
        batch.Add(
            """
            INSERT INTO marketplace_installs (id, org_id, app_id, app_version, status, installed_at, installed_by)
            SELECT @installId, @orgId, @appId, @appVersion, 'Active', @now, @userId
            WHERE NOT EXISTS (SELECT 1 FROM marketplace_installs WHERE org_id = @orgId AND app_id = @appId AND status = 'Active')
            """, new { installId, orgId, appId, appVersion, now, userId });
        if (scopes.Count == 0)
        {
            return;
        }
        var grants = new List<KeyValuePair<string, object?>> { new("installId", installId), new("now", now), new("userId", userId) };
        var rows = scopes.Select((scope, i) =>
        {
            grants.Add(new($"s{i}", scope));
            return $"(@s{i})";
        }).ToList();
        batch.Add(
            $"""
            INSERT INTO marketplace_install_scopes (install_id, scope, granted_at, granted_by)
            SELECT @installId, g.column1, @now, @userId FROM (VALUES {string.Join(", ", rows)}) AS g
            WHERE EXISTS (SELECT 1 FROM marketplace_installs WHERE id = @installId)
            """, grants);
    }

    /// <summary>True when <paramref name="orgId"/> has the app installed and active.</summary>
    internal static async Task<bool> IsActiveAsync(DbConnection connection, DbTransaction transaction, Guid orgId, string appId, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM marketplace_installs WHERE org_id = @orgId AND app_id = @appId AND status = 'Active'",
            new { orgId, appId }, transaction, cancellationToken: cancellationToken)) > 0;

    /// <summary>The current firm's active installs with every scope it granted (revoked ones included), newest first.</summary>
    public async Task<IReadOnlyList<AppInstall>> ListActiveForCurrentAsync(CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        await using var connection = await db.OpenAsync(cancellationToken);
        var installs = (await connection.QueryAsync<AppInstall>(new CommandDefinition(
            $"""
            SELECT {AppInstall.Columns} FROM marketplace_installs i JOIN marketplace_apps a ON a.id = i.app_id
            WHERE i.org_id = @orgId AND i.status = 'Active' ORDER BY i.installed_at DESC, i.id
            """, new { orgId }, cancellationToken: cancellationToken))).AsList();
        var scopes = (await connection.QueryAsync<InstallScope>(new CommandDefinition(
            """
            SELECT s.install_id, s.scope, s.granted_at, s.revoked_at
            FROM marketplace_install_scopes s JOIN marketplace_installs i ON i.id = s.install_id
            WHERE i.org_id = @orgId AND i.status = 'Active' ORDER BY s.scope
            """, new { orgId }, cancellationToken: cancellationToken))).ToLookup(s => s.InstallId);
        return installs.Select(install => WithScopes(install, scopes[install.Id].ToList())).ToList();
    }

    /// <summary>The current firm's active install of an app, or null.</summary>
    public async Task<AppInstall?> FindActiveForCurrentAsync(string appId, CancellationToken cancellationToken = default) =>
        (await ListActiveForCurrentAsync(cancellationToken)).FirstOrDefault(i => i.AppId == appId);

    /// <summary>Takes one scope away from an installed app; false when there is no such active grant in this firm.</summary>
    public async Task<bool> RevokeScopeForCurrentAsync(Guid installId, string scope, CancellationToken cancellationToken = default)
    {
        var orgId = RequireFirmAdmin();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE marketplace_install_scopes SET revoked_at = @now, revoked_by = @userId
            WHERE install_id = @installId AND scope = @scope AND revoked_at IS NULL
              AND EXISTS (SELECT 1 FROM marketplace_installs i WHERE i.id = @installId AND i.org_id = @orgId AND i.status = 'Active')
            """,
            new { now = clock.GetUtcNow(), userId = actor.UserId, installId, scope, orgId }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return false;
        }
        var appId = await AppIdAsync(connection, transaction, installId, cancellationToken);
        await WebhookOutbox.EnqueueAsync(connection, transaction, WebhookEventTypes.ScopeRevoked, appId, orgId,
            new { appId, organisationId = orgId, installId, scope }, clock.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(connection, transaction, new AuditRecord("marketplace.scope-revoked", "AppInstall", installId.ToString(),
            $"Data scope {scope} revoked from {await AppNameAsync(connection, transaction, installId, cancellationToken)}"));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Uninstalls and ends every grant at the same moment; false when this firm has no such active install.</summary>
    public async Task<bool> UninstallForCurrentAsync(Guid installId, CancellationToken cancellationToken = default)
    {
        var orgId = RequireFirmAdmin();
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE marketplace_installs SET status = 'Uninstalled', uninstalled_at = @now, uninstalled_by = @userId
            WHERE id = @installId AND org_id = @orgId AND status = 'Active'
            """,
            new { now, userId = actor.UserId, installId, orgId }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return false;
        }
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE marketplace_install_scopes SET revoked_at = @now, revoked_by = @userId WHERE install_id = @installId AND revoked_at IS NULL",
            new { now, userId = actor.UserId, installId }, transaction, cancellationToken: cancellationToken));
        var appId = await AppIdAsync(connection, transaction, installId, cancellationToken);
        await WebhookOutbox.EnqueueAsync(connection, transaction, WebhookEventTypes.AppUninstalled, appId, orgId,
            new { appId, organisationId = orgId, installId }, now, cancellationToken);
        await audit.RecordAsync(connection, transaction, new AuditRecord("marketplace.app-uninstalled", "AppInstall", installId.ToString(),
            $"{await AppNameAsync(connection, transaction, installId, cancellationToken)} uninstalled; every data scope revoked"));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The newest access entries of one of the current firm's installs (empty for another firm's).</summary>
    public Task<List<DataAccessEntry>> ListDataAccessForCurrentAsync(Guid installId, int limit, CancellationToken cancellationToken = default) =>
        db.QueryListAsync<DataAccessEntry>(
            """
            SELECT id, occurred_at, scope, action, summary FROM marketplace_data_access_log
            WHERE install_id = @installId AND org_id = @orgId ORDER BY id DESC LIMIT @limit
            """,
            new { installId, orgId = actor.RequireOrganisationId(), limit }, cancellationToken);

    /// <summary>
    /// The newest refused action calls of the current firm for apps it never installed (no install to file them under),
    /// e.g. a workflow imported from another firm that calls an app this one does not have.
    /// </summary>
    public Task<List<DataAccessEntry>> ListRefusalsOfAppsNotInstalledForCurrentAsync(int limit, CancellationToken cancellationToken = default) =>
        db.QueryListAsync<DataAccessEntry>(
            """
            SELECT id, app_id, occurred_at, scope, action, summary FROM marketplace_data_access_log
            WHERE install_id IS NULL AND org_id = @orgId ORDER BY id DESC LIMIT @limit
            """,
            new { orgId = actor.RequireOrganisationId(), limit }, cancellationToken);

    private Guid RequireFirmAdmin()
    {
        var orgId = actor.RequireOrganisationId();
        // Pages and endpoints already require FirmAdmin; this keeps a mistaken caller from changing grants anyway.
        return actor.IsInRole(Roles.FirmAdmin) ? orgId : throw new UnauthorizedAccessException("Only a firm's administrator changes installs.");
    }

    private static Task<string> AppIdAsync(DbConnection connection, DbTransaction transaction, Guid installId, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT app_id FROM marketplace_installs WHERE id = @installId", new { installId }, transaction, cancellationToken: cancellationToken))!;

    private static Task<string> AppNameAsync(DbConnection connection, DbTransaction transaction, Guid installId, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT a.name_en FROM marketplace_installs i JOIN marketplace_apps a ON a.id = i.app_id WHERE i.id = @installId",
            new { installId }, transaction, cancellationToken: cancellationToken))!;

    private static AppInstall WithScopes(AppInstall install, IReadOnlyList<InstallScope> scopes) => new()
    {
        Id = install.Id, AppId = install.AppId, AppVersion = install.AppVersion, Status = install.Status,
        InstalledAt = install.InstalledAt, UninstalledAt = install.UninstalledAt, NameEn = install.NameEn, NameZh = install.NameZh,
        VendorName = install.VendorName, Listing = install.Listing, Scopes = scopes,
    };

    private static bool IsSecondActiveInstall(DbException exception) => exception switch
    {
        SqliteException { SqliteErrorCode: 19 } sqlite => sqlite.Message.Contains("marketplace_installs.org_id", StringComparison.Ordinal),
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres => postgres.ConstraintName == "ux_marketplace_installs_active",
        _ => false,
    };
}
