using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Checkout;
using Stripe;

namespace SmeOnboard.Web.Features.Checkout;

/// <summary>
/// The client secret of an order's PaymentIntent, read from Stripe when the card form is shown rather than stored:
/// it lets the browser confirm the payment, so it lives only in Stripe and the page that needs it.
/// </summary>
public sealed class StripeClientSecrets(HttpClient httpClient, IOptions<CheckoutOptions> options)
{
    public async Task<string> ForAsync(string paymentIntentId, CancellationToken cancellationToken)
    {
        var client = new StripeClient(options.Value.SecretKey, httpClient: new SystemNetHttpClient(httpClient, maxNetworkRetries: 0), apiBase: options.Value.ApiBase);
        return (await new PaymentIntentService(client).GetAsync(paymentIntentId, cancellationToken: cancellationToken)).ClientSecret;
    }
}
