using SmeOnboard.Core.Features.Vouchers.Claims;

namespace SmeOnboard.Web.Features.Vouchers.Claims;

/// <summary>What the claim form hands on: the order, the voucher, a note and the evidence files read so far.</summary>
public sealed record ClaimFiling(Guid OrderId, Guid VoucherId, string Note, IReadOnlyList<EvidenceUpload> Evidence);
