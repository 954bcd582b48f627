namespace SmeOnboard.Core.Features.Vouchers.Claims;

/// <summary>A voucher_claim_evidence row: one stored file with the type read from its own bytes; content only when downloaded.</summary>
public sealed class EvidenceFile
{
    public const string Columns = "e.id, e.claim_id, e.kind, e.file_name, e.content_type, e.size_bytes, e.uploaded_at";

    public Guid Id { get; init; }
    public Guid ClaimId { get; init; }
    public string Kind { get; init; } = "";
    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public long SizeBytes { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
    public byte[] Content { get; init; } = [];
}
