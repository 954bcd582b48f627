using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using Stripe;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Checkout;

/// <summary>
/// Buying paid apps: the checkout and order pages, the embedded payment sandbox, the Stripe webhook, the sweeper that
/// releases unpaid holds, and the platform administrators' orders page with refunds.
/// </summary>
public static class CheckoutModule
{
    /// <summary>Named HttpClient the sandbox card page delivers its signed events with.</summary>
    public const string SandboxWebhookClient = "checkout-sandbox-webhooks";

    public static IServiceCollection AddCheckout(this IServiceCollection services)
    {
        services.AddOptions<CheckoutOptions>().BindConfiguration(CheckoutOptions.Section);
        services.AddHttpClient<StripePaymentGateway>();
        services.AddHttpClient(SandboxWebhookClient);
        services.AddScoped<IPaymentGateway>(provider => provider.GetRequiredService<IOptions<CheckoutOptions>>().Value.UsesSandbox
            ? new SandboxPaymentGateway()
            : provider.GetRequiredService<StripePaymentGateway>());
        services.AddHostedService<HoldSweeper>();
        return services
            .AddCheckoutStores()
            .AddRenewals()
            .AddNavEntry(new NavEntry("/admin/orders", "Nav.Orders", Filled.ReceiptLong, Policies.PlatformAdmin, 95));
    }

    public static IEndpointRouteBuilder MapCheckout(this IEndpointRouteBuilder endpoints)
    {
        // Stripe (or the sandbox) calls it without signing in; the signature is its credential.
        endpoints.MapPost("/hooks/stripe", ReceiveAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<Ok<WebhookReceipt>, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request, OrderSettlement settlement, IOptions<CheckoutOptions> options)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        PaymentEvent? paymentEvent;
        try
        {
            paymentEvent = WebhookVerifier.Verify(json, request.Headers["Stripe-Signature"].ToString(), options.Value.SigningSecret);
        }
        catch (StripeException)
        {
            return TypedResults.Problem(detail: "The Stripe-Signature header is missing, does not match the body, or is too old.",
                statusCode: StatusCodes.Status400BadRequest, title: "Webhook signature refused");
        }
        if (paymentEvent is null || paymentEvent.Type is not (PaymentEvent.Succeeded or PaymentEvent.Failed))
        {
            return TypedResults.Ok(new WebhookReceipt(nameof(PaymentEventOutcome.Ignored)));
        }
        var outcome = await settlement.ApplyAsync(paymentEvent, request.HttpContext.RequestAborted);
        return TypedResults.Ok(new WebhookReceipt(outcome.ToString()));
    }
}
