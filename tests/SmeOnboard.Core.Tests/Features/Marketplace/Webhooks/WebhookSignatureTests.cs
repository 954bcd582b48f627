using System.Security.Cryptography;
using System.Text;
using SmeOnboard.Core.Features.Workflows;

namespace SmeOnboard.Core.Tests.Features.Marketplace.Webhooks;

/// <summary>The signature as docs/marketplace-webhooks.md tells vendors to check it.</summary>
public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_test-secret";
    private const string Body = """{"id":"0193","type":"app.installed","data":{"appId":"shopfloor-andon"}}""";
    private static readonly DateTimeOffset SentAt = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Our_signature_equals_the_documented_HMAC_of_timestamp_dot_body()
    {
        var header = AppActionSignature.Create(Secret, SentAt, Body);

        // Exactly the steps the documentation gives, written out independently of the portal's code.
        var parts = header.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{parts["t"]}.{Body}")));
        Assert.Equal(SentAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), parts["t"]);
        Assert.Equal(expected, parts["v1"]);
    }

    [Fact]
    public void A_signature_made_by_the_documented_steps_verifies()
    {
        var t = SentAt.ToUnixTimeSeconds();
        var v1 = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{t}.{Body}")));

        Assert.True(AppActionSignature.Verify(Secret, $"t={t},v1={v1}", Body, SentAt.AddSeconds(30), TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void A_wrong_secret_does_not_verify()
    {
        var header = AppActionSignature.Create(Secret, SentAt, Body);

        Assert.False(AppActionSignature.Verify("whsec_other", header, Body, SentAt, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void A_signature_older_than_the_tolerance_does_not_verify()
    {
        var header = AppActionSignature.Create(Secret, SentAt, Body);

        Assert.False(AppActionSignature.Verify(Secret, header, Body, SentAt.AddMinutes(6), TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void A_changed_body_does_not_verify()
    {
        var header = AppActionSignature.Create(Secret, SentAt, Body);

        Assert.False(AppActionSignature.Verify(Secret, header, Body.Replace("installed", "uninstalled", StringComparison.Ordinal), SentAt, TimeSpan.FromMinutes(5)));
    }
}
