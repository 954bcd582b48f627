using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Checkout;

namespace SmeOnboard.Core.Tests.Features.Checkout;

public sealed class StripePaymentGatewayTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (StripePaymentGateway Gateway, FakeStripeApi Api) Start()
    {
        var api = new FakeStripeApi();
        var options = Options.Create(new CheckoutOptions { SecretKey = "sk_test_fake", ApiBase = "http://stripe.test" });
        return (new StripePaymentGateway(new HttpClient(api), options), api);
    }

    [Fact]
    public async Task A_payment_is_a_destination_charge_to_the_vendor_with_the_platform_fee_and_the_orders_idempotency_key()
    {
        var (gateway, api) = Start();
        var orderId = Guid.NewGuid();

        var start = await gateway.CreatePaymentAsync(new PaymentRequest
        {
            OrderId = orderId, AmountMinor = 6_173, Currency = "CNY", ApplicationFeeMinor = 1_234, DestinationAccountId = "acct_vendor_1",
            IdempotencyKey = $"order-{orderId:N}-attempt-1", Description = "MES Lite",
        }, Ct);

        Assert.Equal(new PaymentStart("pi_fake_1", "pi_fake_1_secret_abc"), start);
        var request = Assert.Single(api.Requests);
        Assert.Equal((HttpMethod.Post, "/v1/payment_intents"), (request.Method, request.Path));
        Assert.Equal("6173", request.Form["amount"]);
        Assert.Equal("cny", request.Form["currency"]);
        Assert.Equal("1234", request.Form["application_fee_amount"]);
        Assert.Equal("acct_vendor_1", request.Form["transfer_data[destination]"]);
        Assert.Equal(orderId.ToString(), request.Form["metadata[order_id]"]);
        Assert.Equal($"order-{orderId:N}-attempt-1", request.IdempotencyKey);
        Assert.Equal("Bearer sk_test_fake", request.Authorization);
    }

    [Fact]
    public async Task A_refund_returns_part_of_the_payment_and_reverses_the_vendors_transfer()
    {
        var (gateway, api) = Start();

        var refundId = await gateway.RefundAsync("pi_fake_1", 2_000, "refund-1", Ct);

        Assert.Equal("re_fake_1", refundId);
        var request = Assert.Single(api.Requests);
        Assert.Equal("/v1/refunds", request.Path);
        Assert.Equal(("pi_fake_1", "2000", "true"), (request.Form["payment_intent"], request.Form["amount"], request.Form["reverse_transfer"]));
        Assert.Equal("refund-1", request.IdempotencyKey);
    }

    [Fact]
    public async Task A_released_orders_payment_is_cancelled_at_stripe()
    {
        var (gateway, api) = Start();

        await gateway.CancelAsync("pi_fake_1", Ct);

        Assert.Equal((HttpMethod.Post, "/v1/payment_intents/pi_fake_1/cancel"), (Assert.Single(api.Requests).Method, api.Requests[0].Path));
    }

    [Fact]
    public async Task A_monthly_apps_first_payment_saves_the_card_with_a_customer_for_off_session_renewals()
    {
        var (gateway, api) = Start();
        var orderId = Guid.NewGuid();

        await gateway.CreatePaymentAsync(new PaymentRequest
        {
            OrderId = orderId, AmountMinor = 5_000, Currency = "CNY", ApplicationFeeMinor = 1_000, DestinationAccountId = "acct_vendor_1",
            IdempotencyKey = $"order-{orderId:N}-attempt-1", Description = "MES Lite", SaveCardForRenewals = true,
        }, Ct);

        Assert.Equal(["/v1/customers", "/v1/payment_intents"], api.Requests.Select(r => r.Path));
        Assert.Equal($"order-{orderId:N}-attempt-1-customer", api.Requests[0].IdempotencyKey);
        Assert.Equal(("cus_fake_1", "off_session"), (api.Requests[1].Form["customer"], api.Requests[1].Form["setup_future_usage"]));
    }

    [Fact]
    public async Task A_one_time_apps_payment_saves_no_card()
    {
        var (gateway, api) = Start();

        await gateway.CreatePaymentAsync(new PaymentRequest
        {
            OrderId = Guid.NewGuid(), AmountMinor = 5_000, Currency = "CNY", ApplicationFeeMinor = 1_000, DestinationAccountId = "acct_vendor_1", IdempotencyKey = "k",
        }, Ct);

        var request = Assert.Single(api.Requests);
        Assert.False(request.Form.ContainsKey("setup_future_usage"));
        Assert.False(request.Form.ContainsKey("customer"));
    }
}
