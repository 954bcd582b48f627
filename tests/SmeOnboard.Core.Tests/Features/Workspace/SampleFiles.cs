namespace SmeOnboard.Core.Tests.Features.Workspace;

/// <summary>Small files as people attach them to forms: their first bytes are what the portal reads their type from.</summary>
internal static class SampleFiles
{
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01];
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
    public static readonly byte[] Pdf = "%PDF-1.7\n%test\n"u8.ToArray();
    public static readonly byte[] Text = "just some text, named like a photo"u8.ToArray();

    public static string SignatureDataUrl => "data:image/png;base64," + Convert.ToBase64String(Png);
}
