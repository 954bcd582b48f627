using System.Security.Cryptography;
using System.Text;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Webhook secrets are 256 random bits, so a plain SHA-256 (no salt, no stretching) is enough to keep them out of the
/// database: nobody can guess their way back from the hash.
/// </summary>
internal static class WebhookSecretHash
{
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Of(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Compares in constant time, so the time an answer takes tells nothing about how much of a guess was right.</summary>
    public static bool Matches(string secret, string storedHash)
    {
        var expected = Convert.FromHexString(storedHash);
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), expected);
    }
}
