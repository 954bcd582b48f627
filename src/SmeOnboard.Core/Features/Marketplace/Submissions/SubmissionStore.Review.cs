using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Identity;

namespace SmeOnboard.Core.Features.Marketplace.Submissions;

public sealed partial class SubmissionStore
{
    private static readonly SubmissionState[] Queued = [SubmissionState.Submitted, SubmissionState.InReview];

    /// <summary>What waits for a reviewer, oldest first; empty for anyone but a platform administrator.</summary>
    public async Task<IReadOnlyList<Submission>> ListReviewQueueAsync(CancellationToken cancellationToken = default)
    {
        if (!actor.IsInRole(Roles.PlatformAdmin))
        {
            return [];
        }
        return await db.QueryListAsync<Submission>(
            $"SELECT {Submission.Columns} FROM marketplace_submissions s WHERE s.state IN @states ORDER BY s.updated_at, s.app_id",
            new { states = Queued.Select(s => s.ToString()).ToArray() }, cancellationToken);
    }

    /// <summary>Any submission with its checks and the published manifest it replaces, for a platform administrator.</summary>
    public async Task<SubmissionDetails?> FindForReviewAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInRole(Roles.PlatformAdmin))
        {
            return null;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await FindRowAsync(connection, null, id, null, cancellationToken);
        return row is null ? null : await DetailsAsync(connection, row, cancellationToken);
    }

    public Task<Result<Submission>> StartReviewAsync(Guid id, CancellationToken cancellationToken = default) =>
        ReviewMoveAsync(id, SubmissionState.InReview, null, cancellationToken);

    public Task<Result<Submission>> RequestChangesAsync(Guid id, string comment, CancellationToken cancellationToken = default) =>
        ReviewMoveAsync(id, SubmissionState.ChangesRequested, Required(comment), cancellationToken);

    public Task<Result<Submission>> RejectAsync(Guid id, string reason, CancellationToken cancellationToken = default) =>
        ReviewMoveAsync(id, SubmissionState.Rejected, Required(reason), cancellationToken);

    public Task<Result<Submission>> SuspendAsync(Guid id, string reason, CancellationToken cancellationToken = default) =>
        ReviewMoveAsync(id, SubmissionState.Suspended, Required(reason), cancellationToken);

    public Task<Result<Submission>> DelistAsync(Guid id, string reason, CancellationToken cancellationToken = default) =>
        ReviewMoveAsync(id, SubmissionState.Delisted, Required(reason), cancellationToken);

    /// <summary>Lifts a suspension: the version is published again and the app returns to the catalogue.</summary>
    public Task<Result<Submission>> ReinstateAsync(Guid id, CancellationToken cancellationToken = default) =>
        ReviewMoveAsync(id, SubmissionState.Published, null, cancellationToken);

    /// <summary>
    /// Approves and publishes at once: the version becomes the app's current one in the catalogue firms search. When
    /// the catalogue refuses it (a newer version arrived meanwhile), the submission stays approved and says why.
    /// </summary>
    public async Task<Result<Submission>> ApproveAsync(Guid id, string? comment, CancellationToken cancellationToken = default)
    {
        var approved = await ReviewMoveAsync(id, SubmissionState.Approved, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), cancellationToken);
        return approved.Succeeded ? await ReviewMoveAsync(id, SubmissionState.Published, null, cancellationToken) : approved;
    }

    private async Task<Result<Submission>> ReviewMoveAsync(Guid id, SubmissionState to, string? comment, CancellationToken cancellationToken)
    {
        if (!actor.IsInRole(Roles.PlatformAdmin))
        {
            return SubmissionErrors.AdminOnly;
        }
        if (comment == "")
        {
            return SubmissionErrors.CommentRequired;
        }
        Submission? row;
        await using (var reader = await db.OpenAsync(cancellationToken))
        {
            row = await FindRowAsync(reader, null, id, null, cancellationToken);
        }
        if (row is null)
        {
            return SubmissionErrors.NotFound;
        }
        if (!SubmissionLifecycle.CanMove(row.State, to))
        {
            return SubmissionErrors.IllegalMove(row.State, to);
        }
        var manifest = row.ReadManifest();
        if (to is SubmissionState.Suspended or SubmissionState.Delisted || row.State == SubmissionState.Suspended)
        {
            if ((await catalogue.FindAsync(row.AppId, cancellationToken))?.CurrentVersion != row.Version)
            {
                return SubmissionErrors.NotCurrent;
            }
        }
        if (to == SubmissionState.Published && row.State == SubmissionState.Approved)
        {
            // The catalogue writes in its own transaction, before ours opens: SQLite allows one writer at a time. Should
            // the move below fail, publishing again finds the version already there and changes nothing.
            var outcome = await catalogue.PublishAsync(manifest, row.Manifest, row.VendorOrgId, cancellationToken);
            if (outcome == PublishOutcome.OlderThanCurrent)
            {
                return SubmissionErrors.PublishRefused;
            }
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await MoveAsync(connection, transaction, row, to, comment, cancellationToken) is not { } moved)
        {
            return SubmissionErrors.Conflict;
        }
        if (Listing(to) is { } listing)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE marketplace_apps SET listing = @listing WHERE id = @AppId", new { listing, row.AppId }, transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
        await NotifyAsync(moved, manifest.Name.En, manifest.Name.ZhCn, cancellationToken);
        return moved;
    }

    private static string? Listing(SubmissionState state) => state switch
    {
        SubmissionState.Published => "Listed",
        SubmissionState.Suspended => "Suspended",
        SubmissionState.Delisted => "Delisted",
        _ => null,
    };

    /// <summary>"" stands for a missing comment, so the caller can refuse it before touching the database.</summary>
    private static string Required(string? text) => text?.Trim() ?? "";
}
