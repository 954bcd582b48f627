namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>One completed self-assessment of a firm, as stored; retaking adds another, so the history shows the uplift.</summary>
public sealed class MaturityAssessment
{
    public Guid Id { get; init; }
    public Guid OrgId { get; init; }
    public DateTimeOffset TakenAt { get; init; }
    public int Score { get; init; }
    public int Level { get; init; }
    public IReadOnlyDictionary<string, int> Answers { get; init; } = new Dictionary<string, int>();

    /// <summary>The per-dimension figures, recomputed from the stored answers.</summary>
    public MaturityResult Result() => MaturityScoring.Score(Answers).Value;
}
