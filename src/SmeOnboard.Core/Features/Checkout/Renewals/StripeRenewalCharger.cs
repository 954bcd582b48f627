using Microsoft.Extensions.Options;
using Stripe;

namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>
/// Renewals through Stripe.net: the customer and payment method of the subscription's latest paid PaymentIntent (saved
/// for off-session use at the first order) pay a new PaymentIntent confirmed off-session, as a destination charge to
/// the vendor with the platform's fee and one idempotency key per renewal order.
/// </summary>
public sealed class StripeRenewalCharger(HttpClient httpClient, IOptions<CheckoutOptions> options) : IRenewalCharger
{
    private readonly StripeClient _client = new(
        options.Value.SecretKey, httpClient: new SystemNetHttpClient(httpClient, maxNetworkRetries: 0), apiBase: options.Value.ApiBase);

    public async Task<RenewalCharge> ChargeAsync(RenewalChargeRequest request, CancellationToken cancellationToken)
    {
        if (request.CardOnFilePaymentIntentId is null)
        {
            return RenewalCharge.Failed(RenewalFailures.NoCardOnFile);
        }
        var intents = new PaymentIntentService(_client);
        var earlier = await intents.GetAsync(request.CardOnFilePaymentIntentId, cancellationToken: cancellationToken);
        if (string.IsNullOrEmpty(earlier.CustomerId) || string.IsNullOrEmpty(earlier.PaymentMethodId))
        {
            return RenewalCharge.Failed(RenewalFailures.NoCardOnFile);
        }
        try
        {
            var intent = await intents.CreateAsync(new PaymentIntentCreateOptions
            {
                Amount = request.AmountMinor,
                Currency = request.Currency.ToLowerInvariant(),
                Customer = earlier.CustomerId,
                PaymentMethod = earlier.PaymentMethodId,
                OffSession = true,
                Confirm = true,
                ApplicationFeeAmount = request.ApplicationFeeMinor,
                TransferData = new PaymentIntentTransferDataOptions { Destination = request.DestinationAccountId },
                Description = request.Description,
                Metadata = new Dictionary<string, string> { ["order_id"] = request.OrderId.ToString() },
            }, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken);
            return intent.Status == "succeeded"
                ? RenewalCharge.Succeeded(intent.Id)
                : RenewalCharge.Failed(RenewalFailures.AuthenticationRequired, intent.Id);
        }
        catch (StripeException exception) when (exception.StripeError?.Type == "card_error")
        {
            return RenewalCharge.Failed(RenewalFailures.Declined(exception.StripeError.DeclineCode ?? exception.StripeError.Code), exception.StripeError.PaymentIntent?.Id);
        }
    }
}
