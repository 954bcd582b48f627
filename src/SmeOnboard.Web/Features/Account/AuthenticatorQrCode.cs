using QRCoder;

namespace SmeOnboard.Web.Features.Account;

/// <summary>The otpauth link an authenticator app scans, drawn as a PNG data URI (no script, so the CSP stays strict).</summary>
public static class AuthenticatorQrCode
{
    public const string Issuer = "SmeOnboard";

    public static string OtpAuthUri(string email, string sharedKey) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={sharedKey}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    public static string PngDataUri(string otpAuthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpAuthUri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return $"data:image/png;base64,{Convert.ToBase64String(png)}";
    }

    /// <summary>The key in groups of four, easier to type by hand.</summary>
    public static string Readable(string sharedKey) =>
        string.Join(' ', sharedKey.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));
}
