using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>Checks a programme draft field by field; each error names its field and says what to change.</summary>
public static class ProgrammeValidation
{
    public const int MaxValidityDays = 3650;

    public static IReadOnlyList<FieldError> Validate(ProgrammeDraft draft, bool checkBudget)
    {
        var errors = new List<FieldError>();
        var rules = draft.Rules;
        Require(string.IsNullOrWhiteSpace(draft.NameEn) || draft.NameEn.Length > ProgrammeDraft.MaxNameLength, "NameEn", "Errors.Programme.NameEn",
            $"Give the programme an English name of at most {ProgrammeDraft.MaxNameLength} characters.");
        Require(string.IsNullOrWhiteSpace(draft.NameZh) || draft.NameZh.Length > ProgrammeDraft.MaxNameLength, "NameZh", "Errors.Programme.NameZh",
            $"Give the programme a Chinese name of at most {ProgrammeDraft.MaxNameLength} characters.");
        Require(draft.DescriptionEn.Length > ProgrammeDraft.MaxDescriptionLength || draft.DescriptionZh.Length > ProgrammeDraft.MaxDescriptionLength,
            "Description", "Errors.Programme.DescriptionLength", $"Keep each description to {ProgrammeDraft.MaxDescriptionLength} characters.");
        Require(draft.Currency.Length != 3 || !draft.Currency.All(char.IsAsciiLetterUpper), "Currency", "Errors.Programme.Currency",
            "The currency is a three-letter ISO code such as CNY.");
        Require(checkBudget && draft.BudgetMinor <= 0, "Budget", "Errors.Programme.BudgetPositive", "The budget must be more than zero.");
        Require(draft.ClosesAt <= draft.OpensAt, "ClosesAt", "Errors.Programme.WindowOrder", "The application window must end after it starts.");
        Require(rules.CoveragePercent is < 1 or > 100, "CoveragePercent", "Errors.Programme.CoverageRange", "Coverage must be between 1 and 100 %.");
        Require(rules.CoverageTiers.Any(t => t.Percent is < 1 or > 100), "CoverageTiers", "Errors.Programme.TierCoverageRange",
            "Every size tier's coverage must be between 1 and 100 %.");
        Require(rules.CoverageTiers.Any(t => !ProfileChoices.IsKnown(ProfileChoices.HeadcountBands, t.HeadcountBand))
                || rules.CoverageTiers.Select(t => t.HeadcountBand).Distinct().Count() != rules.CoverageTiers.Count,
            "CoverageTiers", "Errors.Programme.TierBand", "Each size tier needs a different headcount band from the list.");
        Require(rules.CapPerFirmMinor <= 0, "CapPerFirm", "Errors.Programme.CapPositive", "The cap per firm must be more than zero.");
        Require(checkBudget && rules.CapPerFirmMinor > draft.BudgetMinor && draft.BudgetMinor > 0, "CapPerFirm", "Errors.Programme.CapOverBudget",
            "The cap per firm cannot be more than the whole budget.");
        Require(rules.PurchasesAllowed < 1, "PurchasesAllowed", "Errors.Programme.PurchasesPositive", "Allow at least one purchase per voucher.");
        Require(rules.ValidityDays is < 1 or > MaxValidityDays, "ValidityDays", "Errors.Programme.ValidityRange",
            $"A voucher must stay valid between 1 and {MaxValidityDays} days.");
        Require(rules.MinMaturityLevel is < 1 or > 4, "MinMaturityLevel", "Errors.Programme.MaturityRange", "The minimum maturity level is 1 to 4.");
        Require(rules.Categories.Count == 0 && rules.ApprovedAppIds.Count == 0, "Scope", "Errors.Programme.ScopeRequired",
            "Choose at least one app category or approved app the voucher can buy.");
        Require(Unknown(rules.Regions, ProfileChoices.Regions) || Unknown(rules.IndustryCodes, ProfileChoices.Industries)
                || Unknown(rules.HeadcountBands, ProfileChoices.HeadcountBands) || Unknown(rules.TurnoverBands, ProfileChoices.TurnoverBands),
            "Eligibility", "Errors.Programme.UnknownChoice", "Pick regions, industries and size bands from the lists.");
        Require(Unknown(rules.Categories, MarketplaceChoices.Categories), "Categories", "Errors.Programme.UnknownCategory",
            "Pick app categories from the marketplace's list.");
        return errors;

        void Require(bool failed, string field, string code, string message)
        {
            if (failed)
            {
                errors.Add(new FieldError(field, code, message));
            }
        }
    }

    private static bool Unknown(IReadOnlyList<string> codes, IReadOnlyList<ProfileChoice> choices) =>
        codes.Any(code => !ProfileChoices.IsKnown(choices, code));
}
