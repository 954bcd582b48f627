namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>What eligibility looks at about one firm: its company profile, its latest self-assessment and its vouchers.</summary>
public sealed class FirmFacts
{
    public Guid OrgId { get; init; }
    public string Name { get; init; } = "";
    public string? Region { get; init; }
    public string? IndustryCode { get; init; }
    public string? HeadcountBand { get; init; }
    public string? TurnoverBand { get; init; }

    /// <summary>The level of the firm's latest self-assessment; null when it has taken none.</summary>
    public int? MaturityLevel { get; init; }

    /// <summary>The firm holds an unexpired voucher of the programme being evaluated.</summary>
    public bool HasActiveVoucher { get; init; }
}
