using SmeOnboard.Core.Features.Vouchers;

namespace SmeOnboard.Core.Tests.Features.Vouchers;

public sealed class EligibilityEvaluatorTests
{
    private static readonly ProgrammeRules Rules = new()
    {
        Regions = ["CN-JS-SZ"], IndustryCodes = ["C25"], HeadcountBands = ["10-49", "50-99"], TurnoverBands = ["1M-10M"], MinMaturityLevel = 2,
        CapPerFirmMinor = 1, Categories = ["quality"],
    };

    private static readonly FirmFacts Fits = new()
    {
        Name = "Fits", Region = "CN-JS-SZ", IndustryCode = "C25", HeadcountBand = "10-49", TurnoverBand = "1M-10M", MaturityLevel = 2,
    };

    [Fact]
    public void A_firm_meeting_every_rule_is_eligible() => Assert.Empty(EligibilityEvaluator.Evaluate(Rules, Fits));

    [Fact]
    public void Empty_rule_lists_do_not_narrow() =>
        Assert.Empty(EligibilityEvaluator.Evaluate(new ProgrammeRules(), new FirmFacts { Name = "Blank" }));

    [Theory]
    [InlineData("region", "Vouchers.Ineligible.Region")]
    [InlineData("industry", "Vouchers.Ineligible.Industry")]
    [InlineData("headcount", "Vouchers.Ineligible.Headcount")]
    [InlineData("turnover", "Vouchers.Ineligible.Turnover")]
    [InlineData("maturity", "Vouchers.Ineligible.Maturity")]
    [InlineData("unassessed", "Vouchers.Ineligible.NoAssessment")]
    [InlineData("voucher", "Vouchers.Ineligible.ActiveVoucher")]
    [InlineData("no-region", "Vouchers.Ineligible.RegionMissing")]
    public void Each_rule_a_firm_misses_is_named(string miss, string code)
    {
        var firm = miss switch
        {
            "region" => Copy(region: "CN-SH"),
            "industry" => Copy(industry: "C10"),
            "headcount" => Copy(headcount: "100-249"),
            "turnover" => Copy(turnover: "GT50M"),
            "maturity" => Copy(level: 1),
            "unassessed" => Copy(level: null),
            "voucher" => Copy(hasVoucher: true),
            _ => Copy(region: null),
        };

        var reason = Assert.Single(EligibilityEvaluator.Evaluate(Rules, firm));

        Assert.Equal(code, reason.Code);
    }

    [Fact]
    public void A_low_maturity_level_is_explained_with_both_levels()
    {
        var reason = Assert.Single(EligibilityEvaluator.Evaluate(Rules, Copy(level: 1)));

        Assert.Equal("The programme asks for maturity level 2 or higher; your latest self-assessment reached level 1.", reason.Message);
        Assert.Equal(["2", "1"], reason.Arguments);
    }

    [Fact]
    public void Every_missed_rule_is_listed_not_only_the_first() =>
        Assert.Equal(3, EligibilityEvaluator.Evaluate(Rules, Copy(region: "CN-SH", industry: "C10", level: 1)).Count);

    [Fact]
    public void A_second_voucher_is_allowed_when_the_programme_permits_it() =>
        Assert.Empty(EligibilityEvaluator.Evaluate(new ProgrammeRules { OneActiveVoucherPerFirm = false }, Copy(hasVoucher: true)));

    [Fact]
    public void A_size_tier_sets_the_coverage_of_firms_of_its_band()
    {
        var rules = new ProgrammeRules { CoveragePercent = 40, CoverageTiers = [new CoverageTier { HeadcountBand = "5-9", Percent = 60 }] };

        Assert.Equal((60, 40), (rules.CoverageFor("5-9"), rules.CoverageFor("50-99")));
    }

    private static FirmFacts Copy(string? region = "CN-JS-SZ", string? industry = "C25", string? headcount = "10-49", string? turnover = "1M-10M",
        int? level = 2, bool hasVoucher = false) => new()
    {
        Name = Fits.Name, Region = region, IndustryCode = industry, HeadcountBand = headcount, TurnoverBand = turnover, MaturityLevel = level,
        HasActiveVoucher = hasVoucher,
    };
}
