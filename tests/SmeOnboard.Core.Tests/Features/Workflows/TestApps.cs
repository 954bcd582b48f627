using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Dapper;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Marketplace.Webhooks;
using SmeOnboard.Core.Tests.Features.Marketplace;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>
/// Marketplace apps for workflow tests, published into the catalogue once per test database as any vetted app is: each
/// from a vendor of its own whose webhook signing secret is known to the tests, with the action 'ship' that needs
/// people.read and posts to <see cref="ActionUrl"/>.
/// </summary>
internal static class TestApps
{
    public const string Shipping = "acme-shipping";
    public const string ShippingSecret = "whsec_test-shipping-secret-1234567890";
    public const string Returns = "acme-returns";
    public const string ReturnsSecret = "whsec_test-returns-secret-1234567890";
    public const string ActionUrl = "https://apps.example.test/acme/actions";

    // A closed local port refuses at once. The webhook tests' dispatcher delivers every due event of the shared test
    // database, and a host name that cannot be resolved here held each of these installs' events for the full request
    // timeout, which made those tests take a minute.
    private const string InstallHookUrl = "https://127.0.0.1:9/acme/installs";

    public static readonly string[] Scopes = ["people.read", "workflows.write"];

    private static readonly ConcurrentDictionary<TestDatabase, Lazy<Task>> Published = new();

    public static Task EnsurePublishedAsync(PortalHarness portal) =>
        Published.GetOrAdd(portal.Database, _ => new Lazy<Task>(() => PublishAsync(portal))).Value;

    private static async Task PublishAsync(PortalHarness portal)
    {
        var folder = TestManifests.WriteFolder(Manifest(Shipping, "Acme Shipping Test Vendor"), Manifest(Returns, "Acme Returns Test Vendor"));
        var report = await portal.Anonymous<CatalogueLoader>().LoadAsync(folder, TestContext.Current.CancellationToken);
        Assert.Empty(report.Problems);
        var secrets = new WebhookSecrets(PortalHarness.Protection);
        await using var connection = await portal.Database.Connections.OpenAsync(TestContext.Current.CancellationToken);
        foreach (var (app, secret) in new[] { (Shipping, ShippingSecret), (Returns, ReturnsSecret) })
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO vendor_webhooks (vendor_org_id, url, secret_protected, secret_created_at, updated_at)
                SELECT vendor_org_id, @url, @secret, @now, @now FROM marketplace_apps WHERE id = @app
                ON CONFLICT (vendor_org_id) DO NOTHING
                """, new { url = InstallHookUrl, secret = secrets.Protect(secret), now = DateTimeOffset.UtcNow, app });
        }
    }

    private static JsonObject Manifest(string id, string vendor) => TestManifests.Copy("shopfloor-andon", id, manifest =>
    {
        manifest["vendor"]!["name"] = vendor;
        var action = manifest["actions"]![0]!.AsObject();
        action["name"] = "ship";
        action["inputs"] = new JsonArray();
        action["webhookUrl"] = ActionUrl;
    });
}
