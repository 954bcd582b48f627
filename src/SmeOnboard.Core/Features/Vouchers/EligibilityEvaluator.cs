using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>Says whether a firm meets a programme's rules; when not, lists every rule it misses, in plain words.</summary>
public static class EligibilityEvaluator
{
    public static IReadOnlyList<IneligibilityReason> Evaluate(ProgrammeRules rules, FirmFacts firm)
    {
        var reasons = new List<IneligibilityReason>();
        Check(rules.Regions, firm.Region, ProfileChoices.Regions, "Vouchers.Ineligible.Region", "region");
        Check(rules.IndustryCodes, firm.IndustryCode, ProfileChoices.Industries, "Vouchers.Ineligible.Industry", "industry");
        Check(rules.HeadcountBands, firm.HeadcountBand, ProfileChoices.HeadcountBands, "Vouchers.Ineligible.Headcount", "headcount");
        Check(rules.TurnoverBands, firm.TurnoverBand, ProfileChoices.TurnoverBands, "Vouchers.Ineligible.Turnover", "annual turnover");
        if (rules.MinMaturityLevel is { } minimum)
        {
            if (firm.MaturityLevel is not { } level)
            {
                reasons.Add(new("Vouchers.Ineligible.NoAssessment",
                    $"The programme asks for maturity level {minimum} or higher; take the self-assessment first.", minimum.ToString()));
            }
            else if (level < minimum)
            {
                reasons.Add(new("Vouchers.Ineligible.Maturity",
                    $"The programme asks for maturity level {minimum} or higher; your latest self-assessment reached level {level}.",
                    minimum.ToString(), level.ToString()));
            }
        }
        if (rules.OneActiveVoucherPerFirm && firm.HasActiveVoucher)
        {
            reasons.Add(new("Vouchers.Ineligible.ActiveVoucher", "You already hold an unexpired voucher from this programme."));
        }
        return reasons;

        void Check(IReadOnlyList<string> allowed, string? value, IReadOnlyList<ProfileChoice> choices, string code, string what)
        {
            if (allowed.Count == 0 || (value is not null && allowed.Contains(value)))
            {
                return;
            }
            var names = string.Join(", ", allowed.Select(a => choices.FirstOrDefault(c => c.Code == a)?.English ?? a));
            reasons.Add(value is null
                ? new(code + "Missing", $"Your company profile does not say your {what}; the programme is for: {names}.", string.Join(",", allowed))
                : new(code, $"The programme is for: {names}; your company profile says {choices.FirstOrDefault(c => c.Code == value)?.English ?? value}.",
                    string.Join(",", allowed), value));
        }
    }
}
