using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Onboarding;

/// <summary>/onboarding/assessment: the twelve questions, then the result with its score, level and radar chart.</summary>
public sealed class AssessmentPage(IPage page, UserActions? actions = null) : PageObject(page, actions)
{
    public ILocator Questions => Page.Locator("[data-testid^='question-']");

    public ILocator Submit => Page.GetByTestId("assessment-submit");

    public ILocator Score => Page.GetByTestId("assessment-score");

    public ILocator Level => Page.GetByTestId("assessment-level");

    public ILocator SeePlan => Page.GetByTestId("assessment-plan");

    /// <summary>Picks the answer scored <paramref name="score"/> (0–5) for every question and submits.</summary>
    public async Task AnswerEveryQuestionAsync(int score)
    {
        var count = await Questions.CountAsync();
        for (var i = 0; i < count; i++)
        {
            await ChooseAsync(Questions.Nth(i).Locator(".portal-answer").Nth(score));
        }
        await ClickAsync(Submit);
    }

    public Task OpenPlanAsync() => ClickAsync(SeePlan);
}
