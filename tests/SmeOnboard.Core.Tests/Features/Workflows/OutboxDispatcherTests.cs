using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Workflows;

[Collection(WorkflowClaimsCollection.Name)]
public sealed class OutboxDispatcherTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewUrl() => $"https://receiver.example.test/orders/{Guid.NewGuid():N}";

    [Theory, BothDatabases]
    public async Task Two_dispatchers_racing_send_a_workflows_http_request_exactly_once_with_its_idempotency_key(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var url = NewUrl();
        var id = await wf.PublishAndStartAsync(RuntimeFlows.Http($"http-{Guid.NewGuid():N}", url));
        var dispatchers = new[] { wf.NewWorker<OutboxDispatcher>(), wf.NewWorker<OutboxDispatcher>() };

        await Task.WhenAll(dispatchers.Select(d => Task.Run(async () =>
        {
            while (await d.DispatchDueAsync(Ct) > 0)
            {
            }
        }, Ct)));

        var received = Assert.Single(wf.Receiver.Requests, r => r.Url.ToString() == url);
        Assert.StartsWith(id + ":", received.IdempotencyKey);
        Assert.Equal("POST", received.Method);
        Assert.Equal(1, await wf.Portal.CountAsync("SELECT COUNT(*) FROM workflow_outbox WHERE instance_id = @id AND done_at IS NOT NULL", new { id }));
    }

    [Theory, BothDatabases]
    public async Task A_dispatcher_that_dies_after_sending_is_followed_by_one_repeat_with_the_same_idempotency_key(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var url = NewUrl();
        await wf.PublishAndStartAsync(RuntimeFlows.Http($"http-{Guid.NewGuid():N}", url));
        var now = wf.Clock.GetUtcNow();
        var claim = Assert.Single(await wf.Store.ClaimOutboxAsync(now, 100, now + wf.Options.Lease, Ct), c => c.Message.Payload?["url"]?.GetValue<string>() == url);
        await wf.NewWorker<OutboxDispatcher>().PerformAsync(claim, Ct);

        // Still leased to the dead dispatcher: nobody repeats it yet.
        await DrainAsync(wf.NewWorker<OutboxDispatcher>());
        Assert.Single(wf.Receiver.Requests, r => r.Url.ToString() == url);
        wf.Clock.Advance(wf.Options.Lease);
        await DrainAsync(wf.NewWorker<OutboxDispatcher>());
        wf.Clock.Advance(10 * wf.Options.Lease);
        await DrainAsync(wf.NewWorker<OutboxDispatcher>());

        var received = wf.Receiver.Requests.Where(r => r.Url.ToString() == url).ToList();
        Assert.Equal(2, received.Count);
        Assert.Equal(claim.Message.IdempotencyKey, Assert.Single(received.Select(r => r.IdempotencyKey).Distinct()));
    }

    [Theory, BothDatabases]
    public async Task An_app_action_is_posted_to_the_manifests_webhook_URL_signed_with_the_vendors_secret(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = await wf.PublishAndStartAsync(RuntimeFlows.AppAction($"app-{Guid.NewGuid():N}", RuntimeHarness.AppId));

        await DrainAsync(wf.NewWorker<OutboxDispatcher>());

        var received = Assert.Single(wf.Receiver.Requests, r => r.IdempotencyKey?.StartsWith(id + ":", StringComparison.Ordinal) == true);
        Assert.Equal(TestApps.ActionUrl, received.Url.ToString());
        var body = JsonNode.Parse(received.Body)!;
        Assert.Equal(("ship", id, received.IdempotencyKey), (body["action"]!.GetValue<string>(), body["instanceId"]!.GetValue<string>(), body["idempotencyKey"]!.GetValue<string>()));
        // As docs/marketplace-webhooks.md tells vendors: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body"> with their signing secret.
        var parts = received.Signature!.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(wf.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), parts["t"]);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(TestApps.ShippingSecret), Encoding.UTF8.GetBytes($"{parts["t"]}.{received.Body}")));
        Assert.Equal(expected, parts["v1"]);
        Assert.False(AppActionSignature.Verify(TestApps.ReturnsSecret, received.Signature, received.Body, wf.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)));
    }

    [Theory, BothDatabases]
    public async Task An_app_action_of_an_app_uninstalled_after_the_call_was_queued_is_not_posted(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = await wf.PublishAndStartAsync(RuntimeFlows.AppAction($"app-{Guid.NewGuid():N}", RuntimeHarness.AppId));
        var install = (await wf.Portal.As<AppInstallStore>(wf.Member()).FindActiveForCurrentAsync(RuntimeHarness.AppId, Ct))!;
        Assert.True(await wf.Portal.As<AppInstallStore>(wf.Member()).UninstallForCurrentAsync(install.Id, Ct));

        await DrainAsync(wf.NewWorker<OutboxDispatcher>());

        Assert.DoesNotContain(wf.Receiver.Requests, r => r.IdempotencyKey?.StartsWith(id + ":", StringComparison.Ordinal) == true);
    }

    [Theory, BothDatabases]
    public async Task A_request_that_keeps_failing_is_retried_with_backoff_then_given_up_with_an_audit_entry(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider, new Dictionary<string, string?> { ["Workflows:OutboxMaxAttempts"] = "2" });
        wf.Receiver.Status = HttpStatusCode.ServiceUnavailable;
        var url = NewUrl();
        var id = await wf.PublishAndStartAsync(RuntimeFlows.Http($"http-{Guid.NewGuid():N}", url));
        var dispatcher = wf.NewWorker<OutboxDispatcher>();

        await DrainAsync(dispatcher);
        await DrainAsync(dispatcher);
        Assert.Single(wf.Receiver.Requests, r => r.Url.ToString() == url);
        wf.Clock.Advance(wf.Options.OutboxBackoff(1));
        await DrainAsync(dispatcher);
        wf.Clock.Advance(wf.Options.OutboxMaxBackoff);
        await DrainAsync(dispatcher);

        Assert.Equal(2, wf.Receiver.Requests.Count(r => r.Url.ToString() == url));
        Assert.Equal(1, await wf.Portal.CountAsync(
            "SELECT COUNT(*) FROM workflow_outbox WHERE instance_id = @id AND failed_at IS NOT NULL AND last_error IS NOT NULL", new { id }));
        Assert.Equal(1, await wf.Portal.CountAsync(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'workflow.effect-failed' AND entity_id = @id AND org_id = @orgId", new { id, orgId = wf.Firm.Id }));
    }

    private static async Task DrainAsync(OutboxDispatcher dispatcher)
    {
        while (await dispatcher.DispatchDueAsync(Ct) > 0)
        {
        }
    }
}
