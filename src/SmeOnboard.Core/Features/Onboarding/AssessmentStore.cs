using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>Saves and lists the current firm's self-assessments; every query is bound to the acting organisation.</summary>
public sealed class AssessmentStore(IDbConnectionFactory db, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>Scores and stores a completed assessment, or returns why the answers cannot be scored.</summary>
    public async Task<Result<MaturityAssessment>> SaveForCurrentAsync(IReadOnlyDictionary<string, int> answers, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        var scored = MaturityScoring.Score(answers);
        if (!scored.Succeeded)
            return Result<MaturityAssessment>.Failure(scored.Errors);
        var assessment = new MaturityAssessment
        {
            Id = Guid.CreateVersion7(),
            OrgId = orgId,
            TakenAt = DapperTypeHandlers.ToStoredPrecision(clock.GetUtcNow()),
            Score = scored.Value.Score,
            Level = scored.Value.Level,
            Answers = new Dictionary<string, int>(answers),
        };
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO maturity_assessments (id, org_id, taken_by, taken_at, score, level) VALUES (@Id, @OrgId, @TakenBy, @TakenAt, @Score, @Level)",
            new { assessment.Id, assessment.OrgId, TakenBy = actor.UserId, assessment.TakenAt, assessment.Score, assessment.Level },
            transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO maturity_answers (assessment_id, question_id, answer) VALUES (@AssessmentId, @QuestionId, @Answer)",
            answers.Select(a => new { AssessmentId = assessment.Id, QuestionId = a.Key, Answer = a.Value }),
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return assessment;
    }

    /// <summary>The current firm's assessments, oldest first, so the last one is the latest.</summary>
    public async Task<IReadOnlyList<MaturityAssessment>> ListForCurrentAsync(CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<AssessmentRow>(new CommandDefinition(
            "SELECT id, org_id, taken_at, score, level FROM maturity_assessments WHERE org_id = @orgId ORDER BY taken_at, id",
            new { orgId }, cancellationToken: cancellationToken))).AsList();
        var answers = (await connection.QueryAsync<AnswerRow>(new CommandDefinition(
            """
            SELECT a.assessment_id, a.question_id, a.answer
            FROM maturity_answers a JOIN maturity_assessments m ON m.id = a.assessment_id
            WHERE m.org_id = @orgId
            """,
            new { orgId }, cancellationToken: cancellationToken))).ToLookup(a => a.AssessmentId);
        return rows.Select(r => new MaturityAssessment
        {
            Id = r.Id, OrgId = r.OrgId, TakenAt = r.TakenAt, Score = r.Score, Level = r.Level,
            Answers = answers[r.Id].ToDictionary(a => a.QuestionId, a => a.Answer),
        }).ToList();
    }

    /// <summary>Dapper rows; kept private because pages work with <see cref="MaturityAssessment"/>.</summary>
    private sealed class AssessmentRow
    {
        public Guid Id { get; init; }
        public Guid OrgId { get; init; }
        public DateTimeOffset TakenAt { get; init; }
        public int Score { get; init; }
        public int Level { get; init; }
    }

    private sealed class AnswerRow
    {
        public Guid AssessmentId { get; init; }
        public string QuestionId { get; init; } = "";
        public int Answer { get; init; }
    }
}
