using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Marketplace.Webhooks;

namespace SmeOnboard.Web.Tests.Infrastructure;

/// <summary>
/// A marketplace app of the test's own, published into the catalogue as a vetted app is: a copy of the free Andon app
/// from a vendor of its own, whose action 'ship' (needs people.read) posts to a closed local port and is simply retried,
/// and whose vendor holds a signing secret the test knows.
/// </summary>
public sealed record TestApp(string Id, string Secret)
{
    public static readonly string[] Scopes = ["people.read", "workflows.write"];

    public static async Task<TestApp> PublishAsync(PortalFactory portal, string label = "ship")
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("marketplace", "shopfloor-andon", "app.json")))!.AsObject();
        var app = new TestApp($"{label}-{Guid.NewGuid():N}"[..24], WebhookSecrets.New());
        manifest["id"] = app.Id;
        manifest["vendor"]!["name"] = $"Vendor {app.Id}";
        var action = manifest["actions"]![0]!.AsObject();
        action["name"] = "ship";
        action["inputs"] = new JsonArray();
        action["webhookUrl"] = "https://127.0.0.1:9/actions";
        var folder = Path.Combine(Path.GetTempPath(), $"smeonboard-testapp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, app.Id));
        await File.WriteAllTextAsync(Path.Combine(folder, app.Id, "app.json"), manifest.ToJsonString());
        await File.WriteAllTextAsync(Path.Combine(folder, app.Id, "icon.svg"), """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>""");
        await portal.WithServicesAsync(async services =>
        {
            var report = await services.GetRequiredService<CatalogueLoader>().LoadAsync(folder);
            Assert.Equal(PublishOutcome.Added, report.Outcomes[app.Id]);
            await using var connection = await services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
            var vendor = await connection.ExecuteScalarAsync<string>("SELECT vendor_org_id FROM marketplace_apps WHERE id = @appId", new { appId = app.Id });
            var secret = services.GetRequiredService<WebhookSecrets>().Protect(app.Secret);
            return await connection.ExecuteAsync(
                "INSERT INTO vendor_webhooks (vendor_org_id, url, secret_protected, secret_created_at, updated_at) VALUES (@vendor, @url, @secret, @now, @now)",
                new { vendor, url = "https://127.0.0.1:9/installs", secret, now = DateTimeOffset.UtcNow.ToString("O") });
        });
        return app;
    }
}
