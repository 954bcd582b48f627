using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace SmeOnboard.Core.Features.Marketplace.Webhooks;

/// <summary>
/// Makes webhook signing secrets and keeps them encrypted with Data Protection (keys in the database, shared by every
/// node): the portal must sign with the secret, so it cannot keep only a hash as it does for API keys.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider protection)
{
    public const string Prefix = "whsec_";

    private readonly IDataProtector _protector = protection.CreateProtector("SmeOnboard.Marketplace.VendorWebhookSecret");

    public static string New() =>
        Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string stored) => _protector.Unprotect(stored);
}
