using SmeOnboard.Core.Common;

namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>
/// Turns twelve answers of 0–5 into a 0–100 score and a level. The level bands follow China's 2022 SME evaluation
/// (20–40, 40–60, 60–80, 80+); below 20 is also level 1, because a firm that starts from paper needs the level-1 plan
/// rather than no plan (docs/decisions/maturity-levels.md).
/// </summary>
public static class MaturityScoring
{
    public static int LevelOf(int score) => score switch
    {
        >= 80 => 4,
        >= 60 => 3,
        >= 40 => 2,
        _ => 1,
    };

    /// <summary>The result, or an error when a question is unanswered, unknown or outside 0–5.</summary>
    public static Result<MaturityResult> Score(IReadOnlyDictionary<string, int> answers)
    {
        var unknown = answers.Keys.FirstOrDefault(id => MaturityQuestions.Find(id) is null);
        if (unknown is not null)
            return new FieldError(unknown, "Errors.AssessmentUnknownQuestion", $"There is no question '{unknown}'.");
        var missing = MaturityQuestions.All.FirstOrDefault(q => !answers.ContainsKey(q.Id));
        if (missing is not null)
            return new FieldError(missing.Id, "Errors.AssessmentIncomplete", "Answer every question.");
        var outOfRange = answers.FirstOrDefault(a => a.Value is < 0 or > MaturityQuestions.MaxAnswer);
        if (outOfRange.Key is not null)
            return new FieldError(outOfRange.Key, "Errors.AssessmentAnswerRange", "Each answer is a number from 0 to 5.");

        var total = answers.Values.Sum();
        var score = Percent(total, MaturityQuestions.All.Count * MaturityQuestions.MaxAnswer);
        var dimensions = MaturityQuestions.All
            .GroupBy(q => q.Dimension)
            .ToDictionary(g => g.Key, g => Percent(g.Sum(q => answers[q.Id]), g.Count() * MaturityQuestions.MaxAnswer));
        return new MaturityResult(score, LevelOf(score), dimensions);
    }

    // Half-up rounding, so 59.5 counts as 60 and reaches level 3 as a reader of the bands would expect.
    private static int Percent(int points, int maximum) => (int)Math.Round(points * 100.0 / maximum, MidpointRounding.AwayFromZero);
}
