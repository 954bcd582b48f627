using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers;

namespace SmeOnboard.Web.Features.Vouchers;

/// <summary>The programme form's editable state: amounts in major units and dates as days, turned into a draft on save.</summary>
public sealed class ProgrammeFormModel
{
    public string NameEn { get; set; } = "";
    public string NameZh { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public string DescriptionZh { get; set; } = "";
    public DateTime? OpensOn { get; set; }
    public DateTime? ClosesOn { get; set; }
    public decimal Budget { get; set; }
    public string Currency { get; set; } = "CNY";
    public IReadOnlyCollection<string> Regions { get; set; } = [];
    public IReadOnlyCollection<string> Industries { get; set; } = [];
    public IReadOnlyCollection<string> HeadcountBands { get; set; } = [];
    public IReadOnlyCollection<string> TurnoverBands { get; set; } = [];
    public int? MinMaturityLevel { get; set; }
    public bool OneActiveVoucherPerFirm { get; set; } = true;
    public int CoveragePercent { get; set; } = 50;
    public Dictionary<string, int?> Tiers { get; } = ProfileChoices.HeadcountBands.ToDictionary(b => b.Code, _ => (int?)null);
    public decimal CapPerFirm { get; set; }
    public int PurchasesAllowed { get; set; } = 1;
    public int ValidityDays { get; set; } = 90;
    public IReadOnlyCollection<string> Categories { get; set; } = [];
    public IReadOnlyCollection<string> ApprovedApps { get; set; } = [];
    public RedemptionMode RedemptionMode { get; set; } = RedemptionMode.Upfront;

    public static ProgrammeFormModel From(ProgrammeDraft draft)
    {
        var model = new ProgrammeFormModel
        {
            NameEn = draft.NameEn, NameZh = draft.NameZh, DescriptionEn = draft.DescriptionEn, DescriptionZh = draft.DescriptionZh,
            OpensOn = draft.OpensAt == default ? null : draft.OpensAt.UtcDateTime.Date, ClosesOn = draft.ClosesAt == default ? null : draft.ClosesAt.UtcDateTime.Date,
            Budget = draft.BudgetMinor / 100m, Currency = draft.Currency, Regions = draft.Rules.Regions, Industries = draft.Rules.IndustryCodes,
            HeadcountBands = draft.Rules.HeadcountBands, TurnoverBands = draft.Rules.TurnoverBands, MinMaturityLevel = draft.Rules.MinMaturityLevel,
            OneActiveVoucherPerFirm = draft.Rules.OneActiveVoucherPerFirm, CoveragePercent = draft.Rules.CoveragePercent,
            CapPerFirm = draft.Rules.CapPerFirmMinor / 100m, PurchasesAllowed = draft.Rules.PurchasesAllowed, ValidityDays = draft.Rules.ValidityDays,
            Categories = draft.Rules.Categories, ApprovedApps = draft.Rules.ApprovedAppIds, RedemptionMode = draft.Rules.RedemptionMode,
        };
        foreach (var tier in draft.Rules.CoverageTiers)
        {
            model.Tiers[tier.HeadcountBand] = tier.Percent;
        }
        return model;
    }

    /// <summary>The window runs from the start of the opening day to the end of the closing day, in UTC.</summary>
    public ProgrammeDraft ToDraft() => new()
    {
        NameEn = NameEn, NameZh = NameZh, DescriptionEn = DescriptionEn, DescriptionZh = DescriptionZh,
        OpensAt = OpensOn is { } opens ? new DateTimeOffset(opens.Date, TimeSpan.Zero) : default,
        ClosesAt = ClosesOn is { } closes ? new DateTimeOffset(closes.Date.AddDays(1), TimeSpan.Zero) : default,
        BudgetMinor = Minor(Budget), Currency = Currency.Trim().ToUpperInvariant(),
        Rules = new ProgrammeRules
        {
            Regions = [.. Regions], IndustryCodes = [.. Industries], HeadcountBands = [.. HeadcountBands], TurnoverBands = [.. TurnoverBands],
            MinMaturityLevel = MinMaturityLevel, OneActiveVoucherPerFirm = OneActiveVoucherPerFirm, CoveragePercent = CoveragePercent,
            CoverageTiers = [.. Tiers.Where(t => t.Value is not null).Select(t => new CoverageTier { HeadcountBand = t.Key, Percent = t.Value!.Value })],
            CapPerFirmMinor = Minor(CapPerFirm), PurchasesAllowed = PurchasesAllowed, ValidityDays = ValidityDays,
            Categories = [.. Categories], ApprovedAppIds = [.. ApprovedApps], RedemptionMode = RedemptionMode,
        },
    };

    private static long Minor(decimal major) => (long)Math.Round(major * 100m, MidpointRounding.AwayFromZero);
}
