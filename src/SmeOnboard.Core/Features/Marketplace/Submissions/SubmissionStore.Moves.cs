using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;

namespace SmeOnboard.Core.Features.Marketplace.Submissions;

public sealed partial class SubmissionStore
{
    /// <summary>
    /// Moves a submission inside the caller's transaction, with its audit record. The state in the WHERE clause makes a
    /// concurrent move fail (null) instead of being overwritten; callers check <see cref="SubmissionLifecycle"/> first.
    /// </summary>
    private async Task<Submission?> MoveAsync(DbConnection connection, DbTransaction transaction, Submission row, SubmissionState to, string? comment, CancellationToken cancellationToken)
    {
        if (!SubmissionLifecycle.CanMove(row.State, to))
        {
            throw new InvalidOperationException($"Submission {row.Id}: {row.State} → {to} is not a move of the lifecycle.");
        }
        var now = clock.GetUtcNow();
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE marketplace_submissions SET state = @to, comment = @comment, updated_at = @now WHERE id = @Id AND state = @from",
            new { row.Id, to = to.ToString(), from = row.State.ToString(), comment = comment ?? row.Comment, now }, transaction, cancellationToken: cancellationToken));
        if (changed != 1)
        {
            return null;
        }
        await audit.RecordAsync(connection, transaction, new AuditRecord($"marketplace.submission-{Slug(to)}", "Submission", row.Id.ToString(),
            $"{row.AppId} {row.Version}: {row.State} → {to}{(string.IsNullOrWhiteSpace(comment) ? "" : $" ({comment})")}", row.VendorOrgId));
        return new Submission
        {
            Id = row.Id, VendorOrgId = row.VendorOrgId, AppId = row.AppId, Version = row.Version, State = to, ReviewKind = row.ReviewKind,
            PreviousVersion = row.PreviousVersion, Manifest = row.Manifest, Comment = comment ?? row.Comment, CreatedAt = row.CreatedAt, UpdatedAt = now,
        };
    }

    /// <summary>Emails the vendor's developers after the move committed; a mail fault must not undo a review decision.</summary>
    private async Task NotifyAsync(Submission row, string nameEn, string nameZh, CancellationToken cancellationToken)
    {
        var recipients = await db.QueryListAsync<string>(
            "SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = @VendorOrgId AND u.email IS NOT NULL ORDER BY u.email",
            new { row.VendorOrgId }, cancellationToken);
        if (recipients.Count > 0)
        {
            await notifier.NotifyAsync(new SubmissionNotice(row.Id, row.AppId, nameEn, nameZh, row.Version, row.State, row.Comment), recipients, cancellationToken);
        }
    }

    private async Task<SubmissionDetails> DetailsAsync(DbConnection connection, Submission row, CancellationToken cancellationToken)
    {
        var checks = await connection.QueryAsync<SubmissionCheck>(new CommandDefinition(
            "SELECT position, check_name, passed, path, reason, checked_at FROM marketplace_submission_checks WHERE submission_id = @Id ORDER BY position",
            new { row.Id }, cancellationToken: cancellationToken));
        var previous = row.PreviousVersion is null ? null : await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT manifest FROM marketplace_app_versions WHERE app_id = @AppId AND version = @PreviousVersion",
            new { row.AppId, row.PreviousVersion }, cancellationToken: cancellationToken));
        return new SubmissionDetails(row, checks.AsList(), previous);
    }

    private static string Slug(SubmissionState state) => state switch
    {
        SubmissionState.InReview => "in-review",
        SubmissionState.ChangesRequested => "changes-requested",
        _ => state.ToString().ToLowerInvariant(),
    };
}
