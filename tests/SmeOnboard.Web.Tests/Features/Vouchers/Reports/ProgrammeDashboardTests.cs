using System.Globalization;
using Bunit;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Reports;
using SmeOnboard.Web.Features.Vouchers.Reports;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Vouchers.Reports;

/// <summary>The dashboard's figures and charts as an officer reads them, from a report made by hand.</summary>
public sealed class ProgrammeDashboardTests : PortalComponentContext
{
    private static readonly Guid Vendor = Guid.Parse("5d0f3c1e-8f7a-4b0e-9a61-3c2d1e0f4b7a");

    private static ProgrammeReport Report(MaturityUplift? uplift = null) => new()
    {
        ProgrammeId = Guid.NewGuid(), NameEn = "Starter", NameZh = "起步", Currency = "CNY", Status = ProgrammeStatus.Published,
        AsOf = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero),
        Budget = new BudgetFigures { BudgetMinor = 1_000_000, HeldMinor = 50_000, SpentMinor = 90_000, OnVouchersMinor = 660_000, UnallocatedMinor = 200_000 },
        Funnel = new FunnelCounts { Applications = 3, Approved = 2, Rejected = 1, Issued = 4, Redeemed = 2, Expired = 1 },
        AverageGrantMinor = 45_000, AverageCoveragePercent = 46.2m,
        ByRegion = [new ReachBucket { Code = "CN-JS-SZ", Firms = 2, Redeemed = 1 }, new ReachBucket { Code = null, Firms = 1 }],
        ByIndustry = [new ReachBucket { Code = "C25", Firms = 3, Redeemed = 1 }],
        BySize = [new ReachBucket { Code = "10-49", Firms = 3, Redeemed = 1 }],
        ByCategory = [new SpendBucket { Key = "production", Orders = 1, SpentMinor = 50_000 }, new SpendBucket { Key = "quality", Orders = 2, SpentMinor = 40_000 }],
        ByVendor = [new SpendBucket { Key = Vendor.ToString(), Name = "Shopfloor Cloud Ltd", Orders = 3, SpentMinor = 90_000 }],
        Uplift = uplift ?? new MaturityUplift { Levels = Levels((0, 0), (0, 0), (0, 0), (0, 0)) },
    };

    [Fact]
    public void Budget_held_spent_and_remaining_are_shown_with_their_currency()
    {
        var cut = Render<ProgrammeDashboard>(p => p.Add(d => d.Report, Report()));

        Assert.Equal("CNY 10,000.00", cut.Find("[data-testid=report-budget]").TextContent);
        Assert.Equal("CNY 500.00", cut.Find("[data-testid=report-held]").TextContent);
        Assert.Equal("CNY 900.00", cut.Find("[data-testid=report-spent]").TextContent);
        Assert.Equal("CNY 8,600.00", cut.Find("[data-testid=report-remaining]").TextContent);
    }

    [Fact]
    public void The_funnel_and_the_averages_are_shown()
    {
        var cut = Render<ProgrammeDashboard>(p => p.Add(d => d.Report, Report()));

        Assert.Equal(["3", "2", "1", "4", "2", "1"],
            new[] { "applications", "approved", "rejected", "issued", "redeemed", "expired" }.Select(s => cut.Find($"[data-testid=report-{s}]").TextContent));
        Assert.Equal("CNY 450.00", cut.Find("[data-testid=report-average-grant]").TextContent);
        Assert.Equal("46.2 %", cut.Find("[data-testid=report-average-coverage]").TextContent);
    }

    [Fact]
    public void Every_panel_draws_its_chart()
    {
        var cut = Render<ProgrammeDashboard>(p => p.Add(d => d.Report, Report()));

        foreach (var panel in new[] { "chart-budget", "chart-funnel", "reach-region", "reach-industry", "reach-size", "spend-category", "spend-vendor" })
        {
            Assert.NotEmpty(cut.Find($"[data-testid={panel}]").GetElementsByTagName("svg"));
        }
    }

    [Fact]
    public void Reach_and_spend_rows_are_named_in_words()
    {
        var cut = Render<ProgrammeDashboard>(p => p.Add(d => d.Report, Report()));

        Assert.Equal(["Suzhou, Jiangsu21", "Not stated10"], cut.Find("[data-testid=reach-region]").QuerySelectorAll("[data-testid=reach-row]").Select(r => r.TextContent));
        Assert.Equal(["Production and MES1CNY 500.00", "Quality2CNY 400.00"],
            cut.Find("[data-testid=spend-category]").QuerySelectorAll("[data-testid=spend-row]").Select(r => r.TextContent));
        Assert.Equal("Shopfloor Cloud Ltd3CNY 900.00", cut.Find("[data-testid=spend-vendor] [data-testid=spend-row]").TextContent);
    }

    [Fact]
    public void Without_retaken_assessments_the_dashboard_says_so()
    {
        var cut = Render<ProgrammeDashboard>(p => p.Add(d => d.Report, Report()));

        Assert.Contains("No retaken assessments yet", cut.Find("[data-testid=uplift-none]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=chart-uplift]"));
    }

    [Fact]
    public void Reassessed_firms_show_their_levels_at_issue_and_now()
    {
        var uplift = new MaturityUplift
        {
            Firms = 2, Improved = 1, Unchanged = 1, AverageBefore = 1m, AverageAfter = 2.5m, Levels = Levels((2, 1), (0, 0), (0, 0), (0, 1)),
        };

        var cut = Render<ProgrammeDashboard>(p => p.Add(d => d.Report, Report(uplift)));

        Assert.Equal("2 firms took the self-assessment again after receiving their voucher: 1 moved up, 1 stayed, 0 moved down. Average level 1.00 at issue, 2.50 now.",
            cut.Find("[data-testid=uplift-summary]").TextContent.Trim());
        Assert.NotEmpty(cut.Find("[data-testid=chart-uplift]").GetElementsByTagName("svg"));
    }

    [Fact]
    public void A_chinese_reader_sees_the_dashboard_in_chinese()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

        var cut = Render<ProgrammeDashboard>(p => p.Add(d => d.Report, Report()));

        Assert.Contains("尚无重新评估", cut.Find("[data-testid=uplift-none]").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("江苏省苏州市", cut.Find("[data-testid=reach-region] [data-testid=reach-row]").TextContent, StringComparison.Ordinal);
    }

    private static List<UpliftLevel> Levels(params (int Before, int After)[] counts) =>
        counts.Select((c, i) => new UpliftLevel { Level = i + 1, Before = c.Before, After = c.After }).ToList();
}
