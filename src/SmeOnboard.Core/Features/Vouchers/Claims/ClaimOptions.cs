using System.ComponentModel.DataAnnotations;

namespace SmeOnboard.Core.Features.Vouchers.Claims;

/// <summary>Reimbursement claims (section "Vouchers:Claims"): how large and how many evidence files a claim takes.</summary>
public sealed class ClaimOptions
{
    public const string Section = "Vouchers:Claims";

    /// <summary>The largest evidence file, in bytes (5 MB by default); files are kept in the database.</summary>
    [Range(1024, 50 * 1024 * 1024)]
    public long MaxEvidenceBytes { get; set; } = 5 * 1024 * 1024;

    [Range(2, 20)]
    public int MaxEvidenceFiles { get; set; } = 6;
}
