using Bunit;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Marketplace.Manifests;
using SmeOnboard.Core.Features.Onboarding;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Web.Features.Onboarding;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Onboarding;

/// <summary>Marketplace apps in the ranked plan: chosen from pains, level, industry and templates, priced after vouchers.</summary>
public sealed class AppPlanRankingTests : PortalComponentContext
{
    private static readonly IReadOnlyList<Template> Templates = TemplateLoader.LoadFolder(RepositoryFiles.PathOf("templates")).Templates;
    private static readonly IReadOnlyList<AppManifest> Apps =
        CatalogueFolder.ValidateAll(RepositoryFiles.PathOf("marketplace")).Where(v => v.IsValid).Select(v => v.Manifest!).ToList();

    private static readonly PlanVoucher Jiangsu = new("Jiangsu SME digital voucher", "江苏中小企业数字化券", "CNY", 50, 200_000, [], []);

    private static IReadOnlyList<AppPlanItem> Rank(int level, string[] pains, params PlanVoucher[] vouchers)
    {
        var inputs = new PlanInputs(level, "C25", pains, PlanInputs.DefaultHourlyLabourCost);
        return AppPlanRanker.Rank(inputs, PlanRanker.Rank(inputs, Templates), Apps, vouchers);
    }

    [Fact]
    public void A_level_two_firm_with_unplanned_downtime_gets_a_maintenance_app_first_with_its_reasons()
    {
        var plan = Rank(2, ["unplanned-downtime", "maintenance-backlog"]);

        var cut = Render<AppPlanItemCard>(p => p.Add(c => c.Item, plan[0]));

        Assert.Equal("maintenance", plan[0].App.Category);
        var reasons = cut.Find("[data-testid=plan-app-reasons]").TextContent;
        Assert.Contains("Addresses Unplanned machine downtime", reasons, StringComparison.Ordinal);
        Assert.Contains("Suits maturity level 2", reasons, StringComparison.Ordinal);
        Assert.Contains("industry default for Maintenance apps", cut.Find("[data-testid=plan-app-roi]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_apps_with_a_reason_are_recommended_and_at_most_five()
    {
        var plan = Rank(1, ["inventory-errors"]);

        Assert.InRange(plan.Count, 1, AppPlanRanker.MaxApps);
        Assert.All(plan, item => Assert.NotEmpty(item.Reasons));
        Assert.Equal("logistics", plan[0].App.Category);
    }

    [Fact]
    public void An_app_serving_a_top_templates_category_says_it_works_with_that_template()
    {
        var plan = Rank(2, ["scrap"]);

        var quality = plan.First(i => i.Reasons.Any(r => r.Kind == PlanReasonKind.Template));
        var cut = Render<AppPlanItemCard>(p => p.Add(c => c.Item, quality).Add(c => c.TemplateNames, slug => $"Template {slug}"));

        Assert.Contains("Works with the recommended template", cut.Find("[data-testid=plan-app-reasons]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cost_after_a_voucher_is_the_coverage_off_the_first_year_up_to_the_cap()
    {
        var plan = Rank(2, ["unplanned-downtime", "maintenance-backlog"], Jiangsu);
        var cmms = plan.Single(i => i.App.Id == "jiangnan-cmms");

        var cut = Render<AppPlanItemCard>(p => p.Add(c => c.Item, cmms));

        // CNY 4,800.00 a year; half would be 2,400.00, but the programme caps its share at 2,000.00 per firm.
        Assert.Equal((480_000L, 280_000L), (cmms.FirstYearCostMinor, cmms.CostAfterVoucherMinor));
        Assert.Contains("About CNY 2,800.00 after a voucher from Jiangsu SME digital voucher.", cut.Find("[data-testid=plan-app-cost]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_app_no_eligible_programme_buys_says_no_voucher_programme_applies()
    {
        var energyOnly = Jiangsu with { Categories = ["energy"] };
        var plan = Rank(2, ["unplanned-downtime", "maintenance-backlog"], energyOnly);

        var cut = Render<AppPlanItemCard>(p => p.Add(c => c.Item, plan.Single(i => i.App.Id == "jiangnan-cmms")));

        Assert.Contains("No voucher programme applies.", cut.Find("[data-testid=plan-app-cost]").TextContent, StringComparison.Ordinal);
    }
}
