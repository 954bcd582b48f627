using System.Net;
using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Web.Features.Checkout;
using SmeOnboard.Web.Features.Checkout.Components;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Checkout;

/// <summary>The order page's card form: Stripe's Payment Element with Stripe keys, the sandbox's form without them.</summary>
public sealed class StripePaymentFormTests : PortalComponentContext
{
    private const string ModulePath = "./js/stripe-payment.js";

    private readonly List<string> _stripeRequests = [];

    public StripePaymentFormTests()
    {
        var options = Options.Create(new CheckoutOptions { SecretKey = "sk_test_fake", PublishableKey = "pk_test_portal", ApiBase = "http://stripe.test" });
        Services.AddSingleton(options);
        Services.AddSingleton(new StripeClientSecrets(new HttpClient(new IntentApi(_stripeRequests)), options));
    }

    [Fact]
    public void With_stripe_keys_the_payment_element_is_mounted_with_the_publishable_key_and_the_payment_intents_client_secret()
    {
        var module = JSInterop.SetupModule(ModulePath);

        var cut = Render<OrderPayment>(p => p.Add(c => c.Order, Order(sandbox: false)));

        var host = cut.Find("[data-testid=stripe-payment-element]");
        Assert.Equal(("pk_test_portal", "pi_123_secret_456"), (host.GetAttribute("data-publishable-key"), host.GetAttribute("data-client-secret")));
        var mount = Assert.Single(module.Invocations, i => i.Identifier == "mount");
        Assert.Equal(["pk_test_portal", "pi_123_secret_456"], mount.Arguments.Skip(1));
        Assert.Equal(["GET /v1/payment_intents/pi_123"], _stripeRequests);
        Assert.Equal("Pay CNY 50.00", cut.Find("[data-testid=stripe-pay]").TextContent.Trim());
    }

    [Fact]
    public void A_sandbox_order_shows_the_sandbox_form_and_never_loads_stripe_js()
    {
        var cut = Render<OrderPayment>(p => p
            .Add(c => c.Order, Order(sandbox: true))
            .Add(c => c.SandboxForm, (RenderFragment)(b => b.AddMarkupContent(0, "<div data-testid=\"sandbox-card\"></div>"))));

        Assert.Single(cut.FindAll("[data-testid=sandbox-card]"));
        Assert.Empty(cut.FindAll("[data-testid=stripe-payment-element]"));
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Arguments.Contains(ModulePath));
        Assert.Empty(_stripeRequests);
    }

    private static CheckoutOrder Order(bool sandbox) => new()
    {
        Id = Guid.NewGuid(), PaymentIntentId = sandbox ? "pi_sandbox_1" : "pi_123", RemainderMinor = 5_000, Currency = "CNY", Sandbox = sandbox,
        Status = OrderStatuses.AwaitingPayment,
    };

    /// <summary>Stripe's API as far as reading a PaymentIntent goes.</summary>
    private sealed class IntentApi(List<string> requests) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            requests.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"id":"pi_123","object":"payment_intent","client_secret":"pi_123_secret_456","status":"requires_payment_method"}""",
                    Encoding.UTF8, "application/json"),
            });
        }
    }
}
