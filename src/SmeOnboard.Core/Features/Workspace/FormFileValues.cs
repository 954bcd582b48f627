using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>
/// Checks a photo, file or signature entered in a workspace form. A file arrives as { name, content (base64) }, a
/// signature as a PNG data URL; the type is read from the bytes (JPEG, PNG, PDF), never from the name or the browser.
/// A value that passes becomes an upload { name, contentType, size, content } that <see cref="FormFileStore"/> stores
/// and replaces by its reference { fileId, name, contentType, size }.
/// </summary>
public static class FormFileValues
{
    public const string SignaturePrefix = "data:image/png;base64,";

    public static bool IsFileType(string type) => type is "photo" or "file" or "signature";

    /// <summary>The content types a photo or file field takes: its own list, else images for a photo and images or PDF for a file.</summary>
    public static IReadOnlyList<string> AcceptOf(FormField field) =>
        (field.Accept ?? (field.Type == "photo" ? "image/*" : "image/*,application/pdf"))
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The bytes and file name entered, or null when nothing was.</summary>
    public static (string Name, byte[]? Content)? Read(FormField field, JsonNode? node)
    {
        if (field.Type == "signature")
        {
            var text = node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;
            if (string.IsNullOrEmpty(text))
                return null;
            return ("signature.png", text.StartsWith(SignaturePrefix, StringComparison.Ordinal) ? Decode(text[SignaturePrefix.Length..]) : null);
        }
        if (node is not JsonObject file || file["content"] is not JsonValue content || !content.TryGetValue<string>(out var base64) || base64.Length == 0)
            return null;
        var name = file["name"] is JsonValue n && n.TryGetValue<string>(out var given) && given.Trim().Length > 0 ? Path.GetFileName(given.Trim()) : "file";
        return (name, Decode(base64));
    }

    public static (JsonNode? Value, FieldError? Error) Convert(FormField field, JsonNode? node, FormFileOptions limits)
    {
        var entered = Read(field, node);
        if (entered is null)
            return field.Required ? (null, Error(field, FormValues.RequiredCode, $"'{field.Label.En}' is required.")) : (null, null);
        var (name, content) = entered.Value;
        var contentType = content is null ? null : ContentTypeSniffer.ContentTypeOf(content);
        if (field.Type == "signature")
        {
            if (contentType != "image/png")
                return (null, Error(field, FormValues.NotSignatureCode, $"'{field.Label.En}' must be a signature drawn in the form (a PNG image)."));
            if (content!.Length > limits.MaxSignatureBytes)
                return (null, Error(field, FormValues.FileTooLargeCode, $"'{field.Label.En}' is larger than {limits.MaxSignatureBytes / 1024} KB."));
        }
        else
        {
            if (content is not null && content.Length > limits.MaxFileBytes)
                return (null, Error(field, FormValues.FileTooLargeCode, $"'{field.Label.En}' is larger than {limits.MaxFileBytes / 1024} KB."));
            if (contentType is null || !AcceptOf(field).Any(a => Accepts(a, contentType)))
                return (null, Error(field, FormValues.FileTypeCode, $"'{field.Label.En}' must be a file of type {string.Join(", ", AcceptOf(field))}."));
        }
        return (new JsonObject
        {
            ["name"] = name,
            ["contentType"] = contentType,
            ["size"] = content!.Length,
            ["content"] = System.Convert.ToBase64String(content),
        }, null);
    }

    private static bool Accepts(string accept, string contentType) =>
        accept.EndsWith("/*", StringComparison.Ordinal)
            ? contentType.StartsWith(accept[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(accept, contentType, StringComparison.OrdinalIgnoreCase);

    private static byte[]? Decode(string base64)
    {
        var buffer = new byte[base64.Length * 3 / 4 + 3];
        return System.Convert.TryFromBase64String(base64, buffer, out var written) ? buffer[..written] : null;
    }

    private static FieldError Error(FormField field, string code, string message) => new(field.Name, code, message);
}
