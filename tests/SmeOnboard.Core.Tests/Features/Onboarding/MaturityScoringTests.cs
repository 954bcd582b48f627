using SmeOnboard.Core.Features.Onboarding;

namespace SmeOnboard.Core.Tests.Features.Onboarding;

public sealed class MaturityScoringTests
{
    internal static Dictionary<string, int> All(int answer) => MaturityQuestions.All.ToDictionary(q => q.Id, _ => answer);

    [Fact]
    public void There_are_twelve_questions_two_per_dimension_each_with_six_answers_in_both_languages()
    {
        Assert.Equal(12, MaturityQuestions.All.Count);
        Assert.All(Enum.GetValues<MaturityDimension>(), d => Assert.Equal(2, MaturityQuestions.All.Count(q => q.Dimension == d)));
        Assert.All(MaturityQuestions.All, q => Assert.All(q.Answers.Prepend(q.Text), t => Assert.False(t.En.Length == 0 || t.ZhCn.Length == 0)));
        Assert.All(MaturityQuestions.All, q => Assert.Equal(6, q.Answers.Count));
    }

    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(1, 20, 1)]
    [InlineData(2, 40, 2)]
    [InlineData(3, 60, 3)]
    [InlineData(4, 80, 4)]
    [InlineData(5, 100, 4)]
    public void The_same_answer_everywhere_gives_its_share_of_100_and_the_level_of_that_band(int answer, int score, int level)
    {
        var result = MaturityScoring.Score(All(answer)).Value;

        Assert.Equal((score, level), (result.Score, result.Level));
        Assert.All(result.Dimensions.Values, d => Assert.Equal(score, d));
    }

    [Theory]
    [InlineData(19, 1)]
    [InlineData(39, 1)]
    [InlineData(40, 2)]
    [InlineData(59, 2)]
    [InlineData(60, 3)]
    [InlineData(79, 3)]
    [InlineData(80, 4)]
    public void Levels_follow_the_bands(int score, int level) => Assert.Equal(level, MaturityScoring.LevelOf(score));

    [Fact]
    public void Each_dimension_is_scored_from_its_own_two_questions()
    {
        var answers = All(0);
        foreach (var question in MaturityQuestions.All.Where(q => q.Dimension == MaturityDimension.DataManagement))
            answers[question.Id] = 5;
        answers[MaturityQuestions.All.First(q => q.Dimension == MaturityDimension.GreenDigitalisation).Id] = 3;

        var result = MaturityScoring.Score(answers).Value;

        Assert.Equal(100, result.Dimensions[MaturityDimension.DataManagement]);
        Assert.Equal(30, result.Dimensions[MaturityDimension.GreenDigitalisation]);
        Assert.Equal(0, result.Dimensions[MaturityDimension.AutomationAndAi]);
        Assert.Equal(22, result.Score);
    }

    [Fact]
    public void An_unanswered_question_is_refused()
    {
        var answers = All(3);
        answers.Remove("green-waste");

        var result = MaturityScoring.Score(answers);

        Assert.Equal("Errors.AssessmentIncomplete", Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void An_answer_outside_0_to_5_is_refused(int answer)
    {
        var answers = All(3);
        answers["data-use"] = answer;

        Assert.Equal("Errors.AssessmentAnswerRange", Assert.Single(MaturityScoring.Score(answers).Errors).Code);
    }
}
