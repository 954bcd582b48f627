using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Signs app action calls the way Stripe signs webhooks: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"&gt;</c>.
/// The timestamp is signed with the body so an app can refuse an old call replayed later.
/// </summary>
public static class AppActionSignature
{
    public const string Header = "X-SmeOnboard-Signature";

    public static string Create(string secret, DateTimeOffset at, string body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Compute(secret, timestamp, body)}";
    }

    /// <summary>What an app does on receipt: the signature matches the body and is no older than <paramref name="tolerance"/>.</summary>
    public static bool Verify(string secret, string header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        string? timestamp = null, signature = null;
        foreach (var part in header.Split(','))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2)
                continue;
            if (pair[0] == "t")
                timestamp = pair[1];
            else if (pair[0] == "v1")
                signature = pair[1];
        }
        if (timestamp is null || signature is null || !long.TryParse(timestamp, CultureInfo.InvariantCulture, out var seconds))
            return false;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
            return false;
        var expected = Encoding.ASCII.GetBytes(Compute(secret, timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }

    private static string Compute(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
