namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>
/// The rules of one programme revision: who is eligible, what a voucher is worth and what it buys. Empty lists do not
/// narrow eligibility. Stored as one JSON document per revision, so a voucher keeps the rules it was issued under.
/// </summary>
public sealed class ProgrammeRules
{
    public IReadOnlyList<string> Regions { get; init; } = [];
    public IReadOnlyList<string> IndustryCodes { get; init; } = [];
    public IReadOnlyList<string> HeadcountBands { get; init; } = [];
    public IReadOnlyList<string> TurnoverBands { get; init; } = [];

    /// <summary>The level (1–4) the firm's latest self-assessment must have reached; null asks for none.</summary>
    public int? MinMaturityLevel { get; init; }

    /// <summary>A firm holding an unexpired voucher of this programme gets no other.</summary>
    public bool OneActiveVoucherPerFirm { get; init; } = true;

    public int CoveragePercent { get; init; } = 50;
    public IReadOnlyList<CoverageTier> CoverageTiers { get; init; } = [];
    public long CapPerFirmMinor { get; init; }
    public int PurchasesAllowed { get; init; } = 1;
    public int ValidityDays { get; init; } = 90;
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> ApprovedAppIds { get; init; } = [];
    public RedemptionMode RedemptionMode { get; init; } = RedemptionMode.Upfront;

    /// <summary>The coverage for a firm of <paramref name="headcountBand"/>: its tier when there is one, else the general one.</summary>
    public int CoverageFor(string? headcountBand) =>
        CoverageTiers.FirstOrDefault(t => t.HeadcountBand == headcountBand)?.Percent ?? CoveragePercent;
}
