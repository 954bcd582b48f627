using SmeOnboard.Core.Features.Onboarding;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Tests.Features.Templates;

namespace SmeOnboard.Core.Tests.Features.Onboarding;

public sealed class PlanRankerTests
{
    private static readonly IReadOnlyList<Template> Shipped = TemplateLoader.LoadFolder(TemplateFolders.Shipped).Templates;

    [Fact]
    public void A_level_one_metal_parts_maker_with_late_orders_and_paper_gets_work_orders_first()
    {
        var plan = PlanRanker.Rank(new PlanInputs(1, "C25", ["late-orders", "paper-records"], 45m), Shipped);

        Assert.Equal("work-orders", plan[0].Template.Slug);
        Assert.Equal([1, 2, 3], plan.Take(3).Select(p => p.Rank));
        Assert.Contains(new PlanReason(PlanReasonKind.Pain, "late-orders"), plan[0].Reasons);
        Assert.Contains(new PlanReason(PlanReasonKind.Level, "1"), plan[0].Reasons);
        Assert.Contains(new PlanReason(PlanReasonKind.Industry, "C25"), plan[0].Reasons);
    }

    [Fact]
    public void A_level_two_firm_with_downtime_gets_downtime_and_oee_before_paper_only_templates()
    {
        var plan = PlanRanker.Rank(new PlanInputs(2, "C25", ["unplanned-downtime"], 45m), Shipped).Select(p => p.Template.Slug).ToList();

        Assert.True(plan.IndexOf("machine-downtime") < plan.IndexOf("incident-reporting"));
        Assert.True(plan.IndexOf("oee-calculator") < plan.IndexOf("inventory-bom"));
    }

    [Fact]
    public void Pains_outweigh_the_level()
    {
        var plan = PlanRanker.Rank(new PlanInputs(1, null, ["customer-complaints"], 45m), Shipped);

        Assert.Equal("quality-inspection", plan[0].Template.Slug);
    }

    [Fact]
    public void The_roi_uses_the_industry_default_unless_the_firm_gives_its_own_hours()
    {
        var hours = new Dictionary<string, double> { ["work-orders"] = 10 };

        var plan = PlanRanker.Rank(new PlanInputs(1, "C25", ["late-orders"], 50m, hours), Shipped);

        var workOrders = plan.Single(p => p.Template.Slug == "work-orders");
        Assert.False(workOrders.UsesIndustryDefault);
        Assert.Equal(10 * 50m * PlanInputs.WorkingWeeks, workOrders.YearlyValue);
        var oee = plan.Single(p => p.Template.Slug == "oee-calculator");
        Assert.True(oee.UsesIndustryDefault);
        Assert.Equal((decimal)oee.Template.Manifest.Roi.HoursSavedPerWeek * 50m * PlanInputs.WorkingWeeks, oee.YearlyValue);
    }
}
