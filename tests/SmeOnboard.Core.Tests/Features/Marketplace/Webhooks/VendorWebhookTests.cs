using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Marketplace.Webhooks;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Marketplace.Webhooks;

public sealed class VendorWebhookTests(TestDatabases databases)
{
    private static readonly string[] AndonScopes = ["people.read", "workflows.write"];

    /// <summary>A loopback port nothing listens on: events queued for it fail at once if a later test's dispatcher tries them.</summary>
    private const string NobodyListens = "http://127.0.0.1:9/in";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_plain_http_address_is_refused_unless_it_is_the_loopback_where_allowed(DatabaseProvider provider)
    {
        await using var strict = await PortalHarness.StartAsync(databases, provider);
        await using var local = await StartAsync(provider);
        var vendor = await strict.RegisterVendorAsync();

        var http = await strict.As<VendorWebhookStore>(vendor.Principal).SaveForCurrentAsync("http://hooks.example.com/in", Ct);
        var loopbackStrict = await strict.As<VendorWebhookStore>(vendor.Principal).SaveForCurrentAsync("http://127.0.0.1:9/in", Ct);
        var otherHostLocal = await local.As<VendorWebhookStore>(vendor.Principal).SaveForCurrentAsync("http://10.0.0.1/in", Ct);
        var loopbackLocal = await local.As<VendorWebhookStore>(vendor.Principal).SaveForCurrentAsync("http://localhost:9/in", Ct);

        Assert.Equal("Errors.WebhookUrlHttps", Assert.Single(http.Errors).Code);
        Assert.Equal("Errors.WebhookUrlHttps", Assert.Single(loopbackStrict.Errors).Code);
        Assert.Equal("Errors.WebhookUrlHttps", Assert.Single(otherHostLocal.Errors).Code);
        Assert.True(loopbackLocal.Succeeded);
    }

    [Theory, BothDatabases]
    public async Task The_secret_is_shown_when_made_kept_encrypted_and_replaced_on_rotation(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterVendorAsync();

        var first = await portal.As<VendorWebhookStore>(vendor.Principal).SaveForCurrentAsync("https://hooks.example.com/a", Ct);
        var moved = await portal.As<VendorWebhookStore>(vendor.Principal).SaveForCurrentAsync("https://hooks.example.com/b", Ct);
        var stored = await StoredSecretAsync(portal, vendor.Organisation.Id);
        var rotated = await portal.As<VendorWebhookStore>(vendor.Principal).RotateSecretForCurrentAsync(Ct);

        Assert.StartsWith(WebhookSecrets.Prefix, first.Value, StringComparison.Ordinal);
        Assert.Null(moved.Value);
        Assert.DoesNotContain(first.Value!, stored, StringComparison.Ordinal);
        Assert.Equal(first.Value, portal.Anonymous<WebhookSecrets>().Unprotect(stored));
        Assert.NotEqual(first.Value, rotated.Value);
        Assert.Equal(rotated.Value, portal.Anonymous<WebhookSecrets>().Unprotect(await StoredSecretAsync(portal, vendor.Organisation.Id)));
        Assert.Equal("https://hooks.example.com/b", (await portal.As<VendorWebhookStore>(vendor.Principal).FindForCurrentAsync(Ct))!.Url);
    }

    [Theory, BothDatabases]
    public async Task A_firm_cannot_set_a_webhook_or_see_a_vendors_events(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();

        var saved = await portal.As<VendorWebhookStore>(firm.Principal).SaveForCurrentAsync("https://hooks.example.com/a", Ct);

        Assert.Equal("Errors.WebhookVendorOnly", Assert.Single(saved.Errors).Code);
        Assert.Empty(await portal.As<VendorWebhookStore>(firm.Principal).ListEventsForCurrentAsync(10, Ct));
    }

    [Theory, BothDatabases]
    public async Task Install_revoke_and_uninstall_each_queue_one_event_for_the_apps_vendor(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        var (appId, developer) = await PublishAppAsync(portal);
        await portal.As<VendorWebhookStore>(developer).SaveForCurrentAsync(NobodyListens, Ct);
        var firm = await portal.RegisterFirmAsync();

        // A second apart, as people act: events of the same instant have no order of their own.
        var install = (await portal.As<AppInstallStore>(firm.Principal).InstallForCurrentAsync(appId, AndonScopes, Ct)).Value;
        portal.Clock.Advance(TimeSpan.FromSeconds(1));
        await portal.As<AppInstallStore>(firm.Principal).RevokeScopeForCurrentAsync(install.Id, "workflows.write", Ct);
        portal.Clock.Advance(TimeSpan.FromSeconds(1));
        await portal.As<AppInstallStore>(firm.Principal).UninstallForCurrentAsync(install.Id, Ct);

        var events = await portal.As<VendorWebhookStore>(developer).ListEventsForCurrentAsync(10, Ct);
        Assert.Equal([WebhookEventTypes.AppUninstalled, WebhookEventTypes.ScopeRevoked, WebhookEventTypes.AppInstalled], events.Select(e => e.EventType));
        Assert.All(events, e => Assert.Equal(appId, e.AppId));
    }

    [Theory, BothDatabases]
    public async Task Nothing_is_queued_for_a_vendor_without_a_webhook(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        var (appId, _) = await PublishAppAsync(portal);
        var firm = await portal.RegisterFirmAsync();

        await portal.As<AppInstallStore>(firm.Principal).InstallForCurrentAsync(appId, AndonScopes, Ct);

        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM vendor_webhook_events WHERE app_id = @appId", new { appId }));
    }

    [Theory, BothDatabases]
    public async Task An_event_arrives_signed_with_the_vendors_secret_and_its_id(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        await using var receiver = await WebhookReceiver.StartAsync();
        var (appId, developer) = await PublishAppAsync(portal);
        var secret = (await portal.As<VendorWebhookStore>(developer).SaveForCurrentAsync(receiver.Url, Ct)).Value!;
        var firm = await portal.RegisterFirmAsync();
        await portal.As<AppInstallStore>(firm.Principal).InstallForCurrentAsync(appId, AndonScopes, Ct);

        await DispatchUntilQuietAsync(portal);

        var delivery = Assert.Single(receiver.Deliveries);
        Assert.True(AppActionSignature.Verify(secret, delivery.Signature!, delivery.Body, portal.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)));
        Assert.False(AppActionSignature.Verify(WebhookSecrets.New(), delivery.Signature!, delivery.Body, portal.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)));
        var body = JsonNode.Parse(delivery.Body)!;
        Assert.Equal((delivery.EventId, WebhookEventTypes.AppInstalled, appId), ((string?)body["id"], (string?)body["type"], (string?)body["data"]!["appId"]));
        Assert.Equal(firm.Organisation.Id.ToString(), (string?)body["data"]!["organisationId"]);
        var sent = Assert.Single(await portal.As<VendorWebhookStore>(developer).ListEventsForCurrentAsync(10, Ct));
        Assert.Equal((1, 200), (sent.Attempts, sent.AttemptLog.Single().StatusCode));
        Assert.NotNull(sent.DeliveredAt);
    }

    [Theory, BothDatabases]
    public async Task A_failed_delivery_is_retried_after_doubling_waits_until_it_succeeds(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.FailFirst = 2;
        var (appId, developer) = await PublishAppAsync(portal);
        await portal.As<VendorWebhookStore>(developer).SaveForCurrentAsync(receiver.Url, Ct);
        var firm = await portal.RegisterFirmAsync();
        await portal.As<AppInstallStore>(firm.Principal).InstallForCurrentAsync(appId, AndonScopes, Ct);
        var start = portal.Clock.GetUtcNow();

        await DispatchUntilQuietAsync(portal);
        var afterFirst = await EventAsync(portal, developer);
        portal.Clock.Advance(TimeSpan.FromSeconds(29));
        await DispatchUntilQuietAsync(portal);
        var notYet = receiver.Deliveries.Count;
        portal.Clock.Advance(TimeSpan.FromSeconds(1));
        await DispatchUntilQuietAsync(portal);
        var afterSecond = await EventAsync(portal, developer);
        portal.Clock.Advance(TimeSpan.FromSeconds(60));
        await DispatchUntilQuietAsync(portal);

        Assert.Equal(start + TimeSpan.FromSeconds(30), afterFirst.NextAttemptAt);
        Assert.Equal(1, notYet);
        Assert.Equal(start + TimeSpan.FromSeconds(30 + 60), afterSecond.NextAttemptAt);
        var done = await EventAsync(portal, developer);
        Assert.Equal([500, 500, 200], done.AttemptLog.Select(a => a.StatusCode ?? 0));
        Assert.NotNull(done.DeliveredAt);
        Assert.Single(receiver.Deliveries.Select(d => d.EventId).Distinct());
    }

    [Theory, BothDatabases]
    public async Task An_event_is_given_up_after_the_last_attempt(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider, maxAttempts: 2);
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.FailFirst = int.MaxValue;
        var (appId, developer) = await PublishAppAsync(portal);
        await portal.As<VendorWebhookStore>(developer).SaveForCurrentAsync(receiver.Url, Ct);
        var firm = await portal.RegisterFirmAsync();
        await portal.As<AppInstallStore>(firm.Principal).InstallForCurrentAsync(appId, AndonScopes, Ct);

        await DispatchUntilQuietAsync(portal);
        portal.Clock.Advance(TimeSpan.FromHours(1));
        await DispatchUntilQuietAsync(portal);
        portal.Clock.Advance(TimeSpan.FromHours(1));
        await DispatchUntilQuietAsync(portal);

        var failed = await EventAsync(portal, developer);
        Assert.NotNull(failed.FailedAt);
        Assert.Equal(2, failed.AttemptLog.Count);
        Assert.Equal(2, receiver.Deliveries.Count);
        Assert.Contains("500", failed.LastError, StringComparison.Ordinal);
    }

    private async Task<PortalHarness> StartAsync(DatabaseProvider provider, int maxAttempts = 8) =>
        await PortalHarness.StartAsync(databases, provider, services => services.Configure<VendorWebhookOptions>(options =>
        {
            options.AllowLoopbackHttp = true;
            options.MaxAttempts = maxAttempts;
        }));

    /// <summary>A copy of the free Andon app under a vendor of its own, and that vendor's developer.</summary>
    private static async Task<(string AppId, System.Security.Claims.ClaimsPrincipal Developer)> PublishAppAsync(PortalHarness portal)
    {
        var manifest = TestManifests.Copy("shopfloor-andon", change: m => m["vendor"]!["name"] = $"Vendor {Guid.NewGuid():N}");
        await portal.Anonymous<CatalogueLoader>().LoadAsync(TestManifests.WriteFolder(manifest), Ct);
        var appId = (string)manifest["id"]!;
        await using var connection = await portal.Database.Connections.OpenAsync(Ct);
        var vendorId = await connection.ExecuteScalarAsync<Guid>("SELECT vendor_org_id FROM marketplace_apps WHERE id = @appId", new { appId });
        var vendor = await portal.Anonymous<OrganisationStore>().FindAsync(vendorId);
        return (appId, Actors.MemberOf(vendor!, Roles.VendorDeveloper));
    }

    private static async Task DispatchUntilQuietAsync(PortalHarness portal)
    {
        var dispatcher = portal.Anonymous<WebhookDispatcher>();
        while (await dispatcher.DispatchDueAsync(Ct) > 0)
        {
        }
    }

    private static async Task<WebhookEvent> EventAsync(PortalHarness portal, System.Security.Claims.ClaimsPrincipal developer) =>
        Assert.Single(await portal.As<VendorWebhookStore>(developer).ListEventsForCurrentAsync(10, Ct));

    private static async Task<string> StoredSecretAsync(PortalHarness portal, Guid vendorId)
    {
        await using var connection = await portal.Database.Connections.OpenAsync(Ct);
        return await connection.ExecuteScalarAsync<string>("SELECT secret_protected FROM vendor_webhooks WHERE vendor_org_id = @vendorId", new { vendorId }) ?? "";
    }
}
