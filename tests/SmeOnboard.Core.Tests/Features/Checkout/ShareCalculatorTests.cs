using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Vouchers;

namespace SmeOnboard.Core.Tests.Features.Checkout;

public sealed class ShareCalculatorTests
{
    private static readonly Guid Firm = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private static ShareInputs Inputs(long price = 10_000, int percent = 50, long balance = 1_000_000, long cap = 1_000_000, long programme = 10_000_000,
        string currency = "CNY", string? band = "10-49", IReadOnlyList<CoverageTier>? tiers = null, Guid? owner = null, DateTimeOffset? expires = null,
        string category = "production", bool eligible = true, IReadOnlyList<string>? categories = null, IReadOnlyList<string>? apps = null,
        int used = 0, ProgrammeStatus status = ProgrammeStatus.Published, RedemptionMode mode = RedemptionMode.Upfront) => new()
    {
        AppId = "app-1", AppCategory = category, AppVoucherEligible = eligible, PriceMinor = price, Currency = currency, FirmOrgId = Firm,
        FirmHeadcountBand = band, Now = Now, ProgrammeStatus = status,
        Voucher = new Voucher { Id = Guid.NewGuid(), FirmOrgId = owner ?? Firm, Currency = "CNY", IssuedAt = Now.AddDays(-1), ExpiresAt = expires ?? Now.AddDays(30) },
        Rules = new ProgrammeRules
        {
            CoveragePercent = percent, CoverageTiers = tiers ?? [], Categories = categories ?? ["production"], ApprovedAppIds = apps ?? [],
            PurchasesAllowed = 1, RedemptionMode = mode,
        },
        VoucherBalanceMinor = balance, CapRemainingMinor = cap, ProgrammeRemainingMinor = programme, PurchasesUsed = used,
    };

    [Fact]
    public void The_share_is_the_coverage_percentage_of_the_price()
    {
        var quote = ShareCalculator.Calculate(Inputs(price: 10_000, percent: 50)).Value;

        Assert.Equal((10_000L, 5_000L, 5_000L), (quote.PriceMinor, quote.ShareMinor, quote.RemainderMinor));
    }

    [Fact]
    public void The_share_is_rounded_down_so_the_firm_never_pays_a_fraction()
    {
        var quote = ShareCalculator.Calculate(Inputs(price: 999, percent: 70)).Value;

        // 70 % of 9.99 is 6.993: the voucher pays 6.99, the firm a whole 3.00.
        Assert.Equal((699L, 300L), (quote.ShareMinor, quote.RemainderMinor));
    }

    [Fact]
    public void A_firm_size_tier_overrides_the_general_coverage()
    {
        var quote = ShareCalculator.Calculate(Inputs(percent: 40, band: "10-49", tiers: [new CoverageTier { HeadcountBand = "10-49", Percent = 80 }])).Value;

        Assert.Equal((80, 8_000L), (quote.CoveragePercent, quote.ShareMinor));
    }

    [Theory]
    [InlineData(1_234, 1_000_000, 1_000_000, 1_234)]
    [InlineData(1_000_000, 2_000, 1_000_000, 2_000)]
    [InlineData(1_000_000, 1_000_000, 3_000, 3_000)]
    public void The_share_is_limited_by_the_voucher_balance_the_firm_cap_and_the_programme_budget(long balance, long cap, long programme, long expected)
    {
        Assert.Equal(expected, ShareCalculator.Calculate(Inputs(balance: balance, cap: cap, programme: programme)).Value.ShareMinor);
    }

    [Theory]
    [InlineData(0L, 1_000_000L, 1_000_000L, "Errors.Checkout.VoucherSpent")]
    [InlineData(1_000L, 0L, 1_000_000L, "Errors.Checkout.CapReached")]
    [InlineData(1_000L, 1_000L, 0L, "Errors.Checkout.BudgetSpent")]
    public void A_voucher_with_nothing_left_is_refused_with_the_limit_that_binds(long balance, long cap, long programme, string code)
    {
        Assert.Equal(code, Assert.Single(ShareCalculator.Calculate(Inputs(balance: balance, cap: cap, programme: programme)).Errors).Code);
    }

    [Fact]
    public void A_voucher_in_another_currency_is_refused()
    {
        var error = Assert.Single(ShareCalculator.Calculate(Inputs(currency: "EUR")).Errors);

        Assert.Equal("Errors.Checkout.CurrencyMismatch", error.Code);
        Assert.Contains("EUR", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-500L)]
    [InlineData(ShareCalculator.MaxPriceMinor + 1)]
    public void A_price_that_is_not_a_positive_amount_of_minor_units_is_refused(long price)
    {
        Assert.Equal("Errors.Checkout.BadPrice", Assert.Single(ShareCalculator.Calculate(Inputs(price: price)).Errors).Code);
    }

    [Fact]
    public void An_expired_voucher_is_refused() =>
        Assert.Equal("Errors.Checkout.VoucherExpired", Assert.Single(ShareCalculator.Calculate(Inputs(expires: Now)).Errors).Code);

    [Fact]
    public void Another_firms_voucher_is_refused_as_unknown() =>
        Assert.Equal("Errors.Checkout.VoucherUnknown", Assert.Single(ShareCalculator.Calculate(Inputs(owner: Guid.NewGuid())).Errors).Code);

    [Fact]
    public void An_app_outside_the_programmes_categories_and_list_is_refused() =>
        Assert.Equal("Errors.Checkout.AppNotCovered", Assert.Single(ShareCalculator.Calculate(Inputs(category: "finance")).Errors).Code);

    [Fact]
    public void An_app_on_the_programmes_explicit_list_is_eligible_whatever_its_category() =>
        Assert.True(ShareCalculator.Calculate(Inputs(category: "finance", apps: ["app-1"])).Succeeded);

    [Fact]
    public void An_app_its_vendor_did_not_mark_voucher_eligible_is_refused() =>
        Assert.Equal("Errors.Checkout.AppNotEligible", Assert.Single(ShareCalculator.Calculate(Inputs(eligible: false)).Errors).Code);

    [Fact]
    public void A_voucher_that_used_its_purchases_is_refused() =>
        Assert.Equal("Errors.Checkout.PurchasesUsed", Assert.Single(ShareCalculator.Calculate(Inputs(used: 1)).Errors).Code);

    [Fact]
    public void A_paused_programme_pays_nothing() =>
        Assert.Equal("Errors.Checkout.ProgrammeNotPaying", Assert.Single(ShareCalculator.Calculate(Inputs(status: ProgrammeStatus.Paused)).Errors).Code);

    [Fact]
    public void A_reimbursement_programmes_voucher_is_not_used_at_checkout() =>
        Assert.Equal("Errors.Checkout.ReimbursementMode", Assert.Single(ShareCalculator.Calculate(Inputs(mode: RedemptionMode.Reimbursement)).Errors).Code);

    [Fact]
    public void Buying_without_a_voucher_leaves_the_whole_price_to_the_card()
    {
        var quote = ShareCalculator.Calculate(new ShareInputs { PriceMinor = 4_990, Currency = "CNY" }).Value;

        Assert.Equal((0L, 4_990L), (quote.ShareMinor, quote.RemainderMinor));
    }
}
