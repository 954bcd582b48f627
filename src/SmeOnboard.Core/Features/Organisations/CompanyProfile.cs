namespace SmeOnboard.Core.Features.Organisations;

/// <summary>What a firm tells about itself; drives voucher eligibility and recommendations later.</summary>
public sealed class CompanyProfile
{
    public string Name { get; init; } = "";
    public string? Region { get; init; }
    public string? IndustryCode { get; init; }
    public string? HeadcountBand { get; init; }
    public string? TurnoverBand { get; init; }
    public string? Website { get; init; }
}
