using Bunit;
using SmeOnboard.Core.Features.Onboarding;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Web.Features.Onboarding;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Onboarding;

/// <summary>The ranked plan as rendered: order, reasons in plain words, the ROI basis and the voucher line.</summary>
public sealed class PlanRankingTests : PortalComponentContext
{
    private static readonly IReadOnlyList<Template> Shipped = TemplateLoader.LoadFolder(RepositoryFiles.PathOf("templates")).Templates;

    [Fact]
    public void The_first_step_for_a_level_one_firm_with_late_orders_is_work_orders_with_its_reasons()
    {
        var plan = PlanRanker.Rank(new PlanInputs(1, "C25", ["late-orders"], PlanInputs.DefaultHourlyLabourCost), Shipped);

        var cut = Render<PlanItemCard>(p => p.Add(c => c.Item, plan[0]));

        Assert.Equal("Work orders", cut.Find("[data-testid=plan-item-name]").TextContent);
        var reasons = cut.Find("[data-testid=plan-item-reasons]").TextContent;
        Assert.Contains("Addresses Late orders", reasons, StringComparison.Ordinal);
        Assert.Contains("Suits maturity level 1", reasons, StringComparison.Ordinal);
        Assert.Contains("Made for your industry: Fabricated metal products", reasons, StringComparison.Ordinal);
        Assert.Contains("Industry default", cut.Find("[data-testid=plan-item-roi]").TextContent, StringComparison.Ordinal);
        Assert.Contains("No voucher programme applies.", cut.Find("[data-testid=plan-item-cost]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_firms_own_hours_replace_the_industry_default_in_the_estimate()
    {
        var plan = PlanRanker.Rank(new PlanInputs(2, "C25", ["scrap"], 50m, new Dictionary<string, double> { ["quality-inspection"] = 8 }), Shipped);

        var cut = Render<PlanItemCard>(p => p.Add(c => c.Item, plan.Single(i => i.Template.Slug == "quality-inspection")));

        var roi = cut.Find("[data-testid=plan-item-roi]").TextContent;
        Assert.Contains("8 hours a week, about 19,200 CNY a year", roi, StringComparison.Ordinal);
        Assert.Contains("your own figure", roi, StringComparison.Ordinal);
    }
}
