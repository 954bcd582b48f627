namespace SmeOnboard.Core.Features.Vouchers.Claims;

/// <summary>
/// One file handed in with a claim. <see cref="Length"/> is the size the browser announced; a file above the limit
/// is refused by it without its content being read.
/// </summary>
public sealed class EvidenceUpload
{
    public string Kind { get; init; } = "";
    public string FileName { get; init; } = "";
    public long Length { get; init; }
    public byte[] Content { get; init; } = [];
}
