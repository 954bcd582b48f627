namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>A coverage percentage for firms of one headcount band, overriding the programme's general one.</summary>
public sealed class CoverageTier
{
    public string HeadcountBand { get; init; } = "";
    public int Percent { get; init; }
}
