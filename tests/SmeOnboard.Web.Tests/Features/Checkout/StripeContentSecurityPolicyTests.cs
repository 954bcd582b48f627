using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Web.Features.Checkout;
using SmeOnboard.Web.Features.Operations;

namespace SmeOnboard.Web.Tests.Features.Checkout;

public sealed class StripeContentSecurityPolicyTests
{
    [Fact]
    public void With_stripe_keys_the_policy_allows_stripe_js_its_frames_and_its_api_and_nothing_else_foreign()
    {
        var policy = new StripeContentSecurityPolicy(Options.Create(new CheckoutOptions { SecretKey = "sk_live_x", PublishableKey = "pk_live_x" }))
            .Apply(SecurityHeaders.ContentSecurityPolicy);

        Assert.Contains("script-src 'self' https://js.stripe.com https://*.js.stripe.com;", policy, StringComparison.Ordinal);
        Assert.Contains("frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com;", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' https://api.stripe.com ws: wss:;", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_sandbox_the_policy_is_left_as_it_is()
    {
        var policy = new StripeContentSecurityPolicy(Options.Create(new CheckoutOptions())).Apply(SecurityHeaders.ContentSecurityPolicy);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, policy);
    }
}
