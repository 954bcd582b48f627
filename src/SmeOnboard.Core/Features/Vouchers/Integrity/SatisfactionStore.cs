using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>The current firm's side of integrity: the satisfaction questions officers asked it, and its answers.</summary>
public sealed class SatisfactionStore(IDbConnectionFactory db, ICurrentActor actor, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<SatisfactionQuestion>> ListForCurrentAsync(CancellationToken cancellationToken = default) =>
        await db.QueryListAsync<SatisfactionQuestion>(
            $"{SatisfactionQuestion.Select} WHERE q.firm_org_id = @firmOrgId ORDER BY q.asked_at DESC, q.id",
            new { firmOrgId = RequireFirm() }, cancellationToken);

    /// <summary>The firm's vouchers that were clawed back, with the officer's reason.</summary>
    public async Task<IReadOnlyList<ProgrammeVoucherRow>> ListClawedBackAsync(CancellationToken cancellationToken = default) =>
        await db.QueryListAsync<ProgrammeVoucherRow>(
            """
            SELECT v.id, v.code, v.firm_org_id, v.face_minor, v.currency, v.expires_at, c.created_at AS clawed_back_at, c.amount_minor AS clawed_back_minor,
                   c.reason AS clawback_reason
            FROM vouchers v JOIN voucher_clawbacks c ON c.voucher_id = v.id WHERE v.firm_org_id = @firmOrgId ORDER BY c.created_at DESC
            """, new { firmOrgId = RequireFirm() }, cancellationToken);

    /// <summary>Answers one of the firm's questions once: a rating from 1 to 5 and optional words.</summary>
    public async Task<Result<SatisfactionQuestion>> AnswerAsync(Guid questionId, int rating, string answer, CancellationToken cancellationToken = default)
    {
        var firmOrgId = RequireFirm();
        answer = answer.Trim();
        if (rating is < 1 or > 5)
        {
            return new FieldError("Rating", "Errors.Integrity.Rating", "Choose a rating from 1 to 5.");
        }
        if (answer.Length > SatisfactionQuestion.MaxAnswerLength)
        {
            return new FieldError("Answer", "Errors.Integrity.AnswerTooLong", $"Keep the answer to {SatisfactionQuestion.MaxAnswerLength} characters.");
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var question = await connection.QuerySingleOrDefaultAsync<SatisfactionQuestion>(new CommandDefinition(
            $"{SatisfactionQuestion.Select} WHERE q.id = @questionId AND q.firm_org_id = @firmOrgId", new { questionId, firmOrgId }, transaction, cancellationToken: cancellationToken));
        if (question is null)
        {
            return new FieldError("", "Errors.Integrity.QuestionNotFound", "There is no such question for your firm.");
        }
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE voucher_satisfaction_questions SET rating = @rating, answer = @answer, answered_at = @now, answered_by = @userId
            WHERE id = @questionId AND answered_at IS NULL
            """, new { rating, answer = answer.Length == 0 ? null : answer, now = clock.GetUtcNow(), userId = actor.UserId, questionId },
            transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return new FieldError("", "Errors.Integrity.AlreadyAnswered", "This question was already answered.");
        }
        var agencyId = await connection.QuerySingleAsync<Guid>(new CommandDefinition(
            "SELECT org_id FROM voucher_programmes WHERE id = @ProgrammeId", new { question.ProgrammeId }, transaction, cancellationToken: cancellationToken));
        var summary = $"Satisfaction question about {question.AppNameEn} answered by {question.FirmName}: {rating}/5. {answer}".TrimEnd();
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.satisfaction-answered", "SatisfactionQuestion", questionId.ToString(), summary));
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.satisfaction-answered", "SatisfactionQuestion", questionId.ToString(), summary, agencyId));
        await transaction.CommitAsync(cancellationToken);
        return await connection.QuerySingleAsync<SatisfactionQuestion>(new CommandDefinition(
            $"{SatisfactionQuestion.Select} WHERE q.id = @questionId", new { questionId }, cancellationToken: cancellationToken));
    }

    private Guid RequireFirm()
    {
        var orgId = actor.RequireOrganisationId();
        if (actor.OrganisationKind != OrganisationKind.Firm)
        {
            throw new UnauthorizedAccessException("Only firms answer satisfaction questions.");
        }
        return orgId;
    }
}
