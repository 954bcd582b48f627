using SmeOnboard.Core.Features.Checkout;
using Stripe;

namespace SmeOnboard.Core.Tests.Features.Checkout;

public sealed class WebhookVerifierTests
{
    private const string Secret = "whsec_test_secret";

    private static readonly CheckoutOrder Order = new()
    {
        Id = Guid.NewGuid(), PaymentIntentId = "pi_sandbox_1", RemainderMinor = 5_000, FeeMinor = 1_000, Currency = "CNY", PayoutAccountId = "acct_1",
    };

    [Fact]
    public void A_sandbox_event_signed_the_way_stripe_signs_is_accepted_by_stripe_net()
    {
        var json = SandboxEvents.PaymentIntentEvent(Order, null, DateTimeOffset.UtcNow);

        var verified = WebhookVerifier.Verify(json, WebhookSignature.Header(json, Secret, DateTimeOffset.UtcNow), Secret)!;

        Assert.Equal((PaymentEvent.Succeeded, "pi_sandbox_1", 5_000L, "cny"), (verified.Type, verified.PaymentIntentId, verified.AmountMinor, verified.Currency));
        Assert.StartsWith("evt_sandbox_", verified.EventId, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declined_test_card_gives_a_payment_failed_event()
    {
        var json = SandboxEvents.PaymentIntentEvent(Order, "card_declined", DateTimeOffset.UtcNow);

        Assert.Equal(PaymentEvent.Failed, WebhookVerifier.Verify(json, WebhookSignature.Header(json, Secret, DateTimeOffset.UtcNow), Secret)!.Type);
    }

    [Fact]
    public void Our_signature_matches_stripe_nets_own()
    {
        var json = SandboxEvents.PaymentIntentEvent(Order, null, DateTimeOffset.UtcNow);
        var at = DateTimeOffset.UtcNow;

        Assert.Equal(EventUtility.GenerateSignatureHeader(json, Secret, at.ToUnixTimeSeconds()), WebhookSignature.Header(json, Secret, at));
    }

    [Fact]
    public void A_body_signed_with_another_secret_is_refused()
    {
        var json = SandboxEvents.PaymentIntentEvent(Order, null, DateTimeOffset.UtcNow);

        Assert.Throws<StripeException>(() => WebhookVerifier.Verify(json, WebhookSignature.Header(json, "whsec_other", DateTimeOffset.UtcNow), Secret));
    }

    [Fact]
    public void A_body_changed_after_signing_is_refused()
    {
        var json = SandboxEvents.PaymentIntentEvent(Order, null, DateTimeOffset.UtcNow);
        var header = WebhookSignature.Header(json, Secret, DateTimeOffset.UtcNow);

        Assert.Throws<StripeException>(() => WebhookVerifier.Verify(json.Replace("5000", "1", StringComparison.Ordinal), header, Secret));
    }

    [Fact]
    public void A_signature_older_than_five_minutes_is_refused()
    {
        var json = SandboxEvents.PaymentIntentEvent(Order, null, DateTimeOffset.UtcNow);

        Assert.Throws<StripeException>(() => WebhookVerifier.Verify(json, WebhookSignature.Header(json, Secret, DateTimeOffset.UtcNow.AddSeconds(-301)), Secret));
    }

    [Theory]
    [InlineData("4242 4242 4242 4242", true, null)]
    [InlineData("4000-0000-0000-0002", true, "card_declined")]
    [InlineData("4000000000009995", true, "insufficient_funds")]
    [InlineData("4111 1111 1111 1112", false, null)]
    public void The_sandbox_takes_only_stripes_test_cards(string number, bool isTestCard, string? declineCode)
    {
        Assert.Equal((isTestCard, declineCode), (SandboxCard.TryOutcome(number, out var code), code));
    }
}
