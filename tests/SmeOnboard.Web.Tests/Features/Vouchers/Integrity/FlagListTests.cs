using System.Globalization;
using Bunit;
using SmeOnboard.Core.Features.Vouchers.Integrity;
using SmeOnboard.Web.Features.Vouchers.Integrity;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Vouchers.Integrity;

/// <summary>The integrity page's flags read as plain sentences with their kind, in English and Chinese.</summary>
public sealed class FlagListTests : PortalComponentContext
{
    private static readonly IntegrityFlag SharedDirector = new()
    {
        Kind = IntegrityFlagKind.SharedDirector, Code = "Integrity.Flag.SharedDirector", Arguments = ["Lianda Metal", "Shopfloor Cloud", "Wang Li", "Wang Li"],
        Message = "fallback", VendorOrgId = Guid.NewGuid(), FirmOrgId = Guid.NewGuid(),
    };

    private static readonly IntegrityFlag PriceRaised = new()
    {
        Kind = IntegrityFlagKind.PriceRaised, Code = "Integrity.Flag.PriceRaised",
        Arguments = ["MES Lite", "CNY 100.00", "CNY 200.00", "2026-11-01", "5", "Lianda Metal", "2026-11-06", "Shopfloor Cloud"],
        Message = "fallback", VendorOrgId = Guid.NewGuid(),
    };

    [Fact]
    public void Each_flag_shows_its_kind_and_its_reason_in_plain_words()
    {
        var cut = Render<FlagList>(p => p.Add(f => f.Flags, [SharedDirector, PriceRaised]));

        var reasons = cut.FindAll("[data-testid=integrity-flag]").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(
        [
            "Lianda Metal and the vendor Shopfloor Cloud have the same director: Wang Li.",
            "The vendor Shopfloor Cloud raised the price of MES Lite from CNY 100.00 to CNY 200.00 on 2026-11-01, 5 days before Lianda Metal bought it with a voucher on 2026-11-06.",
        ], reasons);
        Assert.Contains("Shared director", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Price raised", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chinese_reader_reads_the_reason_in_chinese()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

        var cut = Render<FlagList>(p => p.Add(f => f.Flags, [SharedDirector]));

        Assert.Equal("Lianda Metal 与服务商 Shopfloor Cloud 有相同的董事：Wang Li。", cut.Find("[data-testid=integrity-flag]").TextContent.Trim());
    }

    [Fact]
    public void A_programme_without_flags_says_there_is_nothing_to_look_at()
    {
        var cut = Render<FlagList>(p => p.Add(f => f.Flags, []));

        Assert.Empty(cut.FindAll("[data-testid=integrity-flag]"));
        Assert.Equal("Nothing in this programme's data needs a look right now.", cut.Find("[data-testid=integrity-no-flags]").TextContent.Trim());
    }
}
