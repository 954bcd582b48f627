using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Checkout;

/// <summary>The payment sandbox's events posted to /hooks/stripe, signed as Stripe signs them, against a real order.</summary>
public sealed class StripeWebhookTests(PortalFactory portal)
{
    private const string PaidApp = "shopfloor-mes-lite";
    private static readonly string[] Scopes = ["production-data.read", "production-data.write", "workflows.write"];
    private static readonly string Secret = new CheckoutOptions().SandboxWebhookSecret;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_badly_signed_or_old_event_is_refused_and_changes_nothing()
    {
        var (_, order) = await AwaitingOrderAsync();
        var json = SandboxEvents.PaymentIntentEvent(order, null, DateTimeOffset.UtcNow);
        var client = portal.CreateClient();

        using var forged = await PostAsync(client, json, WebhookSignature.Header(json, "whsec_forged", DateTimeOffset.UtcNow));
        using var old = await PostAsync(client, json, WebhookSignature.Header(json, Secret, DateTimeOffset.UtcNow.AddMinutes(-6)));
        using var unsigned = await PostAsync(client, json, null);

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], [forged.StatusCode, old.StatusCode, unsigned.StatusCode]);
        Assert.Equal(OrderStatuses.AwaitingPayment, (await FindAsync(order.Id)).Status);
    }

    [Fact]
    public async Task A_well_signed_success_pays_the_order_and_installs_the_app_and_its_replay_is_ignored()
    {
        var (firm, order) = await AwaitingOrderAsync();
        var json = SandboxEvents.PaymentIntentEvent(order, null, DateTimeOffset.UtcNow);
        var client = portal.CreateClient();

        using var first = await PostAsync(client, json, WebhookSignature.Header(json, Secret, DateTimeOffset.UtcNow));
        using var replay = await PostAsync(client, json, WebhookSignature.Header(json, Secret, DateTimeOffset.UtcNow));

        Assert.Equal("Applied", await OutcomeAsync(first));
        Assert.Equal("Duplicate", await OutcomeAsync(replay));
        Assert.Equal(OrderStatuses.Paid, (await FindAsync(order.Id)).Status);
        var installs = await portal.ActAsAsync(firm.AdminEmail, services => services.GetRequiredService<AppInstallStore>().ListActiveForCurrentAsync(Ct));
        Assert.Equal(Scopes, Assert.Single(installs, i => i.AppId == PaidApp).ActiveScopes);
    }

    [Fact]
    public async Task A_declined_card_releases_the_order_and_a_later_success_cannot_revive_it()
    {
        var (_, order) = await AwaitingOrderAsync();
        var failed = SandboxEvents.PaymentIntentEvent(order, "card_declined", DateTimeOffset.UtcNow);
        var succeeded = SandboxEvents.PaymentIntentEvent(order, null, DateTimeOffset.UtcNow);
        var client = portal.CreateClient();

        using var first = await PostAsync(client, failed, WebhookSignature.Header(failed, Secret, DateTimeOffset.UtcNow));
        using var late = await PostAsync(client, succeeded, WebhookSignature.Header(succeeded, Secret, DateTimeOffset.UtcNow));

        Assert.Equal(("Applied", "Ignored"), (await OutcomeAsync(first), await OutcomeAsync(late)));
        Assert.Equal(OrderStatuses.Released, (await FindAsync(order.Id)).Status);
    }

    [Fact]
    public async Task The_order_page_shows_the_sandbox_card_form_clearly_labelled()
    {
        var (firm, order) = await AwaitingOrderAsync();
        var client = await portal.SignInAsync(firm.AdminEmail, firm.Password);

        var page = await HtmlPage.LoadAsync(client, $"/checkout/orders/{order.Id}");

        Assert.NotNull(page.Document.QuerySelector("[data-testid=sandbox-card]"));
        Assert.Contains(portal.English("Checkout.SandboxChip"), page.Text, StringComparison.Ordinal);
    }

    private async Task<(TestFirm Firm, CheckoutOrder Order)> AwaitingOrderAsync()
    {
        var firm = await portal.RegisterFirmAsync("Buyer");
        var order = await portal.ActAsAsync(firm.AdminEmail, services => services.GetRequiredService<CheckoutStore>().PlaceOrderAsync(PaidApp, null, Scopes, Ct));
        Assert.True(order.Succeeded, string.Join("; ", order.Errors.Select(e => e.Message)));
        Assert.Equal(OrderStatuses.AwaitingPayment, order.Value.Status);
        return (firm, order.Value);
    }

    private Task<CheckoutOrder> FindAsync(Guid orderId) =>
        portal.WithServicesAsync(async services => (await services.GetRequiredService<OrderSettlement>().FindAsync(orderId, Ct))!);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string json, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/stripe") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add("Stripe-Signature", signature);
        }
        return await client.SendAsync(request, Ct);
    }

    private static async Task<string> OutcomeAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("outcome").GetString()!;
    }
}
