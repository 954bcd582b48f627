using Bunit;
using SmeOnboard.Core.Features.Onboarding;
using SmeOnboard.Web.Features.Onboarding;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Onboarding;

/// <summary>The assessment's scoring as the firm sees it: answers in, score, level and one figure per dimension out.</summary>
public sealed class AssessmentResultTests : PortalComponentContext
{
    [Fact]
    public void Answering_every_question_shows_the_score_the_level_and_a_radar_of_the_six_dimensions()
    {
        var answers = MaturityQuestions.All.ToDictionary(q => q.Id, q => q.Dimension == MaturityDimension.DataManagement ? 5 : 2);
        var cut = Render<AssessmentForm>(p => p.Add(f => f.OnSubmit, (IReadOnlyDictionary<string, int> given) => answers = new(given)));

        foreach (var question in MaturityQuestions.All)
        {
            var score = question.Dimension == MaturityDimension.DataManagement ? 5 : 2;
            cut.Find($"[data-testid=question-{question.Id}]").QuerySelectorAll("input[type=radio]")[score].Click();
        }
        cut.Find("button[data-testid=assessment-submit]").Click();
        var result = Render<AssessmentResult>(p => p.Add(r => r.Result, MaturityScoring.Score(answers).Value));

        Assert.Equal("Score 50 of 100", result.Find("[data-testid=assessment-score]").TextContent);
        Assert.StartsWith("Level 2", result.Find("[data-testid=assessment-level]").TextContent, StringComparison.Ordinal);
        Assert.Equal(6, result.FindAll("[data-testid=dimension-score]").Count);
        Assert.Contains(result.FindAll("[data-testid=dimension-score]"), row => row.TextContent.Contains("Data management100", StringComparison.Ordinal));
        Assert.NotEmpty(result.FindAll("svg"));
    }

    [Fact]
    public void The_submit_button_stays_disabled_until_every_question_is_answered()
    {
        var cut = Render<AssessmentForm>();

        Assert.True(cut.Find("button[data-testid=assessment-submit]").HasAttribute("disabled"));
    }
}
