namespace SmeOnboard.Core.Features.Workspace;

/// <summary>A file or signature attached to a workspace form, with its bytes, as its firm downloads it.</summary>
public sealed class FormFile
{
    public const string Columns = "id, form_key, field, file_name, content_type, size_bytes, content, created_at";

    public Guid Id { get; init; }
    public string FormKey { get; init; } = "";
    public string Field { get; init; } = "";
    public string FileName { get; init; } = "";

    /// <summary>Read from the file's own bytes when it was stored.</summary>
    public string ContentType { get; init; } = "";
    public long SizeBytes { get; init; }
    public byte[] Content { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
}
