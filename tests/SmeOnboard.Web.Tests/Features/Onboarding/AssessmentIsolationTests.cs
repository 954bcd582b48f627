using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Onboarding;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Onboarding;

/// <summary>A firm's assessments and plan are its own: another firm's pages show none of them.</summary>
public sealed class AssessmentIsolationTests(PortalFactory portal)
{
    private static Dictionary<string, int> All(int answer) => MaturityQuestions.All.ToDictionary(q => q.Id, _ => answer);

    [Fact]
    public async Task A_firm_sees_its_own_assessment_history_and_not_another_firms()
    {
        var a = await portal.RegisterFirmAsync("AssessA");
        var b = await portal.RegisterFirmAsync("AssessB");
        await SaveAsync(a, All(1));
        await SaveAsync(a, All(3));
        await SaveAsync(b, All(5));

        var html = (await HtmlPage.LoadAsync(await portal.SignInAsync(a.AdminEmail, a.Password), "/onboarding/assessment")).Html;

        Assert.Contains("Score 60 of 100", html, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(html, "data-testid=\"assessment-history-row\""));
        Assert.DoesNotContain("Score 100 of 100", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_firm_without_an_assessment_is_asked_the_questions_even_when_another_firm_took_it()
    {
        var a = await portal.RegisterFirmAsync("FreshA");
        var b = await portal.RegisterFirmAsync("TakenB");
        await SaveAsync(b, All(4));

        var client = await portal.SignInAsync(a.AdminEmail, a.Password);
        var assessment = (await HtmlPage.LoadAsync(client, "/onboarding/assessment")).Html;
        var plan = (await HtmlPage.LoadAsync(client, "/onboarding/plan")).Html;

        Assert.Contains("data-testid=\"question-data-use\"", assessment, StringComparison.Ordinal);
        Assert.DoesNotContain("assessment-history", assessment, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"plan-needs-assessment\"", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plan_ranks_templates_with_reasons_and_states_that_no_voucher_applies()
    {
        var firm = await portal.RegisterFirmAsync("Planned");
        await SaveAsync(firm, All(1));

        var html = (await HtmlPage.LoadAsync(await portal.SignInAsync(firm.AdminEmail, firm.Password), "/onboarding/plan")).Html;

        Assert.Equal(10, CountOf(html, "data-testid=\"plan-item\""));
        Assert.Contains("No voucher programme applies.", html, StringComparison.Ordinal);
        Assert.Contains("Suits maturity level 1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plan_recommends_marketplace_apps_each_with_its_cost_line()
    {
        var firm = await portal.RegisterFirmAsync("PlannedApps");
        await SaveAsync(firm, All(2));

        var html = (await HtmlPage.LoadAsync(await portal.SignInAsync(firm.AdminEmail, firm.Password), "/onboarding/plan")).Html;

        var apps = CountOf(html, "data-testid=\"plan-app\"");
        Assert.InRange(apps, 1, AppPlanRanker.MaxApps);
        Assert.Equal(apps, CountOf(html, "data-testid=\"plan-app-cost\""));
        Assert.Contains("Suits maturity level 2", html, StringComparison.Ordinal);
    }

    private Task<bool> SaveAsync(TestFirm firm, Dictionary<string, int> answers) =>
        portal.ActAsAsync(firm.AdminEmail, async services =>
        {
            var result = await services.GetRequiredService<AssessmentStore>().SaveForCurrentAsync(answers, TestContext.Current.CancellationToken);
            Assert.True(result.Succeeded);
            return true;
        });

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
