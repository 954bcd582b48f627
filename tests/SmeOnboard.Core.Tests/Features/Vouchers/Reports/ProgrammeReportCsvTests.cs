using System.Text;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Reports;

namespace SmeOnboard.Core.Tests.Features.Vouchers.Reports;

public sealed class ProgrammeReportCsvTests
{
    private static readonly ProgrammeReport Report = new()
    {
        ProgrammeId = Guid.Parse("0b9a7c52-4a53-4f0e-9d55-2f7c3e1a8b61"), NameEn = "Starter", NameZh = "起步", Currency = "CNY",
        Status = ProgrammeStatus.Published, AsOf = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero),
        Budget = new BudgetFigures { BudgetMinor = 1_000_000, HeldMinor = 50_000, SpentMinor = 90_000, OnVouchersMinor = 660_000, UnallocatedMinor = 200_000 },
        Funnel = new FunnelCounts { Applications = 3, Approved = 2, Rejected = 1, Issued = 4, Redeemed = 2, Expired = 1 },
        AverageGrantMinor = 45_000, AverageCoveragePercent = 46.2m,
        ByRegion = [new ReachBucket { Code = "CN-JS-SZ", Firms = 2, Redeemed = 1 }, new ReachBucket { Code = null, Firms = 1, Redeemed = 0 }],
        ByCategory = [new SpendBucket { Key = "quality", Orders = 2, SpentMinor = 40_000 }],
        ByVendor = [new SpendBucket { Key = "5d0f3c1e-8f7a-4b0e-9a61-3c2d1e0f4b7a", Name = "=HYPERLINK(\"http://evil.example\")", Orders = 1, SpentMinor = 50_000 }],
        Uplift = new MaturityUplift
        {
            Firms = 1, Improved = 1, AverageBefore = 1m, AverageAfter = 4m,
            Levels = [new UpliftLevel { Level = 1, Before = 1 }, new UpliftLevel { Level = 4, After = 1 }],
        },
    };

    [Fact]
    public void The_file_is_utf8_with_a_byte_order_mark_and_a_header()
    {
        var bytes = ProgrammeReportCsv.Write(Report, "en", key => key);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("section,key,name,measure,value,currency\r\n", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public void Money_is_written_in_exact_minor_units_with_its_currency()
    {
        var lines = Lines("en");

        Assert.Contains("budget,spent,Reports.Spent,amount_minor,90000,CNY", lines);
        Assert.Contains("budget,remaining,Reports.Remaining,amount_minor,860000,CNY", lines);
        Assert.Contains("budget,on_vouchers,Reports.OnVouchers,amount_minor,660000,CNY", lines);
        Assert.Contains("averages,grant,Reports.AverageGrant,amount_minor,45000,CNY", lines);
    }

    [Fact]
    public void Counts_percentages_and_levels_are_invariant_numbers()
    {
        var lines = Lines("en");

        Assert.Contains("funnel,expired,Reports.Expired,count,1,", lines);
        Assert.Contains("averages,coverage,Reports.AverageCoverage,percent,46.2,", lines);
        Assert.Contains("uplift,average_after,Reports.Uplift.AverageAfter,level,4,", lines);
        Assert.Contains("uplift,level_4,Reports.Uplift.Level,firms_after,1,", lines);
    }

    [Fact]
    public void Regions_and_categories_are_named_in_the_readers_language()
    {
        var lines = Lines("zh-CN");

        Assert.Contains("region,CN-JS-SZ,江苏省苏州市,firms,2,", lines);
        Assert.Contains("region,,Reports.NotStated,redeemed_firms,0,", lines);
        Assert.Contains("category,quality,质量管理,amount_minor,40000,CNY", lines);
    }

    [Fact]
    public void A_vendor_name_that_starts_like_a_formula_is_written_as_text()
    {
        var line = Assert.Single(Lines("en"), l => l.StartsWith("vendor,", StringComparison.Ordinal) && l.Contains("amount_minor", StringComparison.Ordinal));

        Assert.Equal("vendor,5d0f3c1e-8f7a-4b0e-9a61-3c2d1e0f4b7a,\"'=HYPERLINK(\"\"http://evil.example\"\")\",amount_minor,50000,CNY", line);
    }

    [Fact]
    public void The_file_name_carries_the_programme_and_the_day()
    {
        Assert.Equal("programme-0b9a7c524a534f0e9d552f7c3e1a8b61-report-2026-03-01.csv", ProgrammeReportCsv.FileName(Report));
    }

    private static string[] Lines(string culture) =>
        Encoding.UTF8.GetString(ProgrammeReportCsv.Write(Report, culture, key => key)[3..]).Split("\r\n");
}
