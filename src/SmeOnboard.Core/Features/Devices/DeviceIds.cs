using System.Security.Cryptography;
using System.Text;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>Device ids go into MQTT topics and user names: lower-case letters, digits and dashes, from the name plus a random tail.</summary>
public static class DeviceIds
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static string From(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
            if (slug.Length >= 24)
                break;
        }
        var stem = slug.ToString().Trim('-');
        return $"{(stem.Length == 0 ? "device" : stem)}-{RandomNumberGenerator.GetString(Alphabet, 6)}";
    }

    public static bool IsValid(string id) => id.Length is > 0 and <= 64 && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
}
