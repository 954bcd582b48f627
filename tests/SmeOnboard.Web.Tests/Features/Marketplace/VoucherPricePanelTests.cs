using Bunit;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Web.Features.Marketplace.Pages;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Marketplace;

/// <summary>"Your price after voucher" on the app page: the split checkout would make, why a voucher does not apply, or a hint.</summary>
public sealed class VoucherPricePanelTests : PortalComponentContext
{
    private static readonly VoucherPrice Applying = new()
    {
        Code = "SZ-7K2M", ProgrammeNameEn = "Suzhou digital vouchers", ProgrammeNameZh = "苏州数字化服务券",
        Split = new ShareQuote { PriceMinor = 39_900, ShareMinor = 19_950, Currency = "CNY", CoveragePercent = 50 },
    };

    private static readonly VoucherPrice Expired = new()
    {
        Code = "SZ-OLD1", ProgrammeNameEn = "Suzhou pilot 2025", ProgrammeNameZh = "苏州试点 2025",
        Refusal = new FieldError("VoucherCode", "Errors.Checkout.VoucherExpired", "This voucher expired on 2026-01-01."),
    };

    [Fact]
    public void A_voucher_that_applies_shows_the_list_price_its_share_and_what_the_firm_pays()
    {
        var panel = Render<VoucherPricePanel>(p => p.Add(x => x.Prices, [Applying, Expired]).Add(x => x.VoucherEligible, true));

        Assert.Equal("CNY 399.00", panel.Find("[data-testid=voucher-price-list]").TextContent.Trim());
        Assert.Equal("− CNY 199.50", panel.Find("[data-testid=voucher-price-share]").TextContent.Trim());
        Assert.Equal("CNY 199.50", panel.Find("[data-testid=voucher-price-remainder]").TextContent.Trim());
        Assert.Contains("SZ-7K2M from Suzhou digital vouchers", panel.Find("[data-testid=voucher-price-voucher]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_voucher_that_does_not_apply_says_why_in_plain_words()
    {
        var panel = Render<VoucherPricePanel>(p => p.Add(x => x.Prices, [Expired]).Add(x => x.VoucherEligible, true));

        Assert.Empty(panel.FindAll("[data-testid=voucher-price]"));
        Assert.Equal("Voucher SZ-OLD1 (Suzhou pilot 2025) does not apply here: This voucher has expired.",
            panel.Find("[data-testid=voucher-price-refused]").TextContent.Trim());
    }

    [Fact]
    public void A_firm_holding_no_voucher_is_pointed_to_the_programmes_for_a_voucher_eligible_app()
    {
        var panel = Render<VoucherPricePanel>(p => p.Add(x => x.Prices, []).Add(x => x.VoucherEligible, true));

        Assert.Equal("/vouchers/programmes", panel.Find("[data-testid=voucher-price-hint] a").GetAttribute("href"));
    }

    [Fact]
    public void A_firm_holding_no_voucher_sees_nothing_for_an_app_not_offered_for_vouchers()
    {
        var panel = Render<VoucherPricePanel>(p => p.Add(x => x.Prices, []).Add(x => x.VoucherEligible, false));

        Assert.Empty(panel.Markup.Trim());
    }
}
