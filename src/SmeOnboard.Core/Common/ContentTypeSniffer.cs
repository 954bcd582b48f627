namespace SmeOnboard.Core.Common;

/// <summary>
/// The type of an uploaded file (claim evidence, a form's photo, file or signature) from its first bytes, never from
/// its name or the type the browser claims: PDF, JPEG and PNG are known, anything else is null.
/// </summary>
public static class ContentTypeSniffer
{
    private static readonly (byte[] Magic, string ContentType)[] Known =
    [
        ("%PDF-"u8.ToArray(), "application/pdf"),
        ([0xFF, 0xD8, 0xFF], "image/jpeg"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png"),
    ];

    public static string? ContentTypeOf(ReadOnlySpan<byte> content)
    {
        foreach (var (magic, contentType) in Known)
        {
            if (content.StartsWith(magic))
            {
                return contentType;
            }
        }
        return null;
    }
}
