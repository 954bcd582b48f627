using Microsoft.Extensions.Options;
using Stripe;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>
/// Card payments through Stripe.net: a PaymentIntent per order as a Connect destination charge (the vendor's account
/// receives the price less the platform's application fee; a subscription's card is saved for off-session renewals) and refunds of it. The HttpClient comes from the host,
/// so tests point the real client at a local fake of the Stripe API.
/// </summary>
public sealed class StripePaymentGateway(HttpClient httpClient, IOptions<CheckoutOptions> options) : IPaymentGateway
{
    private readonly StripeClient _client = new(
        options.Value.SecretKey, httpClient: new SystemNetHttpClient(httpClient, maxNetworkRetries: 0), apiBase: options.Value.ApiBase);

    public bool IsSandbox => false;

    public async Task<PaymentStart> CreatePaymentAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        var customer = request.SaveCardForRenewals
            ? await new CustomerService(_client).CreateAsync(new CustomerCreateOptions
            {
                Description = request.Description, Metadata = new Dictionary<string, string> { ["order_id"] = request.OrderId.ToString() },
            }, new RequestOptions { IdempotencyKey = $"{request.IdempotencyKey}-customer" }, cancellationToken)
            : null;
        var intent = await new PaymentIntentService(_client).CreateAsync(new PaymentIntentCreateOptions
        {
            Customer = customer?.Id,
            SetupFutureUsage = customer is null ? null : "off_session",
            Amount = request.AmountMinor,
            Currency = request.Currency.ToLowerInvariant(),
            ApplicationFeeAmount = request.ApplicationFeeMinor,
            TransferData = new PaymentIntentTransferDataOptions { Destination = request.DestinationAccountId },
            Description = request.Description,
            Metadata = new Dictionary<string, string> { ["order_id"] = request.OrderId.ToString() },
            AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true },
        }, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken);
        return new PaymentStart(intent.Id, intent.ClientSecret);
    }

    public Task CancelAsync(string paymentIntentId, CancellationToken cancellationToken) =>
        new PaymentIntentService(_client).CancelAsync(paymentIntentId, cancellationToken: cancellationToken);

    public async Task<string> RefundAsync(string paymentIntentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken)
    {
        var refund = await new RefundService(_client).CreateAsync(new RefundCreateOptions
        {
            PaymentIntent = paymentIntentId, Amount = amountMinor, ReverseTransfer = true,
        }, new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken);
        return refund.Id;
    }
}
