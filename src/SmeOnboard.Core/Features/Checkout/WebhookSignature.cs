using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>Signs a webhook body the way Stripe does: <c>t=unix-seconds,v1=hex(HMAC-SHA256(secret, "t.body"))</c>.</summary>
public static class WebhookSignature
{
    public static string Header(string json, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{json}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }
}
