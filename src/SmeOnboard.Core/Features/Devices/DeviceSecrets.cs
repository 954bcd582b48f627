using System.Security.Cryptography;
using System.Text;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>
/// Device secrets are 192 random bits, so a plain SHA-256 keeps them out of the database without slowing every MQTT
/// sign-in down with key stretching; nobody can guess their way back from the hash.
/// </summary>
public static class DeviceSecrets
{
    public static string New() => "dsk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Compares in constant time.</summary>
    public static bool Matches(string? secret, string storedHash) =>
        !string.IsNullOrEmpty(secret)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), Convert.FromHexString(storedHash));
}
