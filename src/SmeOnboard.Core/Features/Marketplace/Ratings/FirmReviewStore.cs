using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Marketplace.Ratings;

/// <summary>
/// Firms' reviews of apps: written only by a firm with an active install older than <see cref="FirmReviewRules.MinimumUse"/>,
/// one per firm and app, editable by that firm; the app's vendor replies once. The app's rating changes in the same
/// transaction. Firm and vendor come from the current actor only.
/// </summary>
public sealed partial class FirmReviewStore(IDbConnectionFactory db, ICurrentActor actor, AuditLog audit, TimeProvider clock)
{
    /// <summary>An app's reviews, newest first; every firm reads them.</summary>
    public Task<List<FirmReview>> ListForAppAsync(string appId, int limit = 50, CancellationToken cancellationToken = default) =>
        db.QueryListAsync<FirmReview>(
            $"SELECT {FirmReview.Columns} FROM marketplace_app_reviews r WHERE r.app_id = @appId ORDER BY r.created_at DESC, r.id LIMIT @limit",
            new { appId, limit }, cancellationToken);

    /// <summary>The app's rating as the catalogue sorts by it.</summary>
    public async Task<RatingSummary> SummaryAsync(string appId, CancellationToken cancellationToken = default)
    {
        var row = await db.QuerySingleOrDefaultAsync<RatingRow>(
            "SELECT rating_count, rating_sum FROM marketplace_apps WHERE id = @appId", new { appId }, cancellationToken);
        return new RatingSummary(row?.RatingCount ?? 0, row?.RatingSum ?? 0);
    }

    /// <summary>What the current firm may do about reviewing <paramref name="appId"/>, and its own review if it wrote one.</summary>
    public async Task<ReviewEligibility> EligibilityForCurrentAsync(string appId, CancellationToken cancellationToken = default)
    {
        if (!IsFirm)
        {
            return new ReviewEligibility(ReviewEligibilityState.NotAFirm);
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        return await EligibilityAsync(connection, null, appId, actor.RequireOrganisationId(), cancellationToken);
    }

    public async Task<Result<FirmReview>> WriteForCurrentAsync(string appId, int stars, string body, CancellationToken cancellationToken = default)
    {
        if (!IsFirm)
        {
            return FirmReviewErrors.FirmsOnly;
        }
        if (Check(stars, body) is { Count: > 0 } errors)
        {
            return Result<FirmReview>.Failure(errors);
        }
        var orgId = actor.RequireOrganisationId();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var eligibility = await EligibilityAsync(connection, transaction, appId, orgId, cancellationToken);
        switch (eligibility.State)
        {
            case ReviewEligibilityState.MayEdit:
                return FirmReviewErrors.AlreadyReviewed;
            case ReviewEligibilityState.TooEarly:
                return FirmReviewErrors.TooEarly(eligibility.From!.Value);
            case ReviewEligibilityState.NotInstalled:
                return FirmReviewErrors.NotInstalled;
        }
        var firmName = await connection.QuerySingleAsync<string>(new CommandDefinition(
            "SELECT name FROM organisations WHERE id = @orgId", new { orgId }, transaction, cancellationToken: cancellationToken));
        var review = new FirmReview
        {
            Id = Guid.CreateVersion7(), AppId = appId, OrgId = orgId, FirmName = firmName, AuthorName = actor.Name, Stars = stars,
            Body = body.Trim(), CreatedAt = clock.GetUtcNow(),
        };
        try
        {
            await InsertAsync(connection, transaction, review, actor.UserId, cancellationToken);
        }
        catch (DbException exception) when (IsSecondReview(exception))
        {
            return FirmReviewErrors.AlreadyReviewed;
        }
        await audit.RecordAsync(connection, transaction, new AuditRecord("marketplace.review-written", "AppReview", review.Id.ToString(),
            $"Review of {appId}: {stars} stars"));
        await transaction.CommitAsync(cancellationToken);
        return review;
    }

    /// <summary>Changes the current firm's own review of the app; it shows as edited from then on.</summary>
    public async Task<Result<FirmReview>> EditForCurrentAsync(string appId, int stars, string body, CancellationToken cancellationToken = default)
    {
        if (!IsFirm)
        {
            return FirmReviewErrors.FirmsOnly;
        }
        if (Check(stars, body) is { Count: > 0 } errors)
        {
            return Result<FirmReview>.Failure(errors);
        }
        var orgId = actor.RequireOrganisationId();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var own = await OwnAsync(connection, transaction, appId, orgId, cancellationToken);
        if (own is null)
        {
            return FirmReviewErrors.NoReviewYet;
        }
        var edited = new FirmReview
        {
            Id = own.Id, AppId = own.AppId, OrgId = own.OrgId, FirmName = own.FirmName, AuthorName = actor.Name, Stars = stars,
            Body = body.Trim(), CreatedAt = own.CreatedAt, EditedAt = clock.GetUtcNow(), ReplyBody = own.ReplyBody, ReplyAt = own.ReplyAt,
            ReplyByName = own.ReplyByName,
        };
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE marketplace_app_reviews SET stars = @Stars, body = @Body, author_name = @AuthorName, edited_at = @EditedAt WHERE id = @Id
            """,
            new { edited.Stars, edited.Body, edited.AuthorName, edited.EditedAt, edited.Id }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE marketplace_apps SET rating_sum = rating_sum + @delta WHERE id = @AppId",
            new { delta = stars - own.Stars, edited.AppId }, transaction, cancellationToken: cancellationToken));
        await audit.RecordAsync(connection, transaction, new AuditRecord("marketplace.review-edited", "AppReview", own.Id.ToString(),
            $"Review of {appId} edited: {own.Stars} → {stars} stars"));
        await transaction.CommitAsync(cancellationToken);
        return edited;
    }

    private bool IsFirm => actor.OrganisationKind == OrganisationKind.Firm && (actor.IsInRole(Roles.FirmAdmin) || actor.IsInRole(Roles.FirmMember));

    private static List<FieldError> Check(int stars, string body)
    {
        var errors = new List<FieldError>();
        if (stars is < 1 or > 5)
        {
            errors.Add(FirmReviewErrors.StarsOutOfRange);
        }
        if (string.IsNullOrWhiteSpace(body))
        {
            errors.Add(FirmReviewErrors.BodyRequired);
        }
        else if (body.Trim().Length > FirmReviewRules.MaxBodyLength)
        {
            errors.Add(FirmReviewErrors.BodyTooLong);
        }
        return errors;
    }

    private async Task<ReviewEligibility> EligibilityAsync(DbConnection connection, DbTransaction? transaction, string appId, Guid orgId, CancellationToken cancellationToken)
    {
        if (await OwnAsync(connection, transaction, appId, orgId, cancellationToken) is { } own)
        {
            return new ReviewEligibility(ReviewEligibilityState.MayEdit, Own: own);
        }
        var installedAt = await connection.QuerySingleOrDefaultAsync<DateTimeOffset?>(new CommandDefinition(
            "SELECT installed_at FROM marketplace_installs WHERE org_id = @orgId AND app_id = @appId AND status = 'Active'",
            new { orgId, appId }, transaction, cancellationToken: cancellationToken));
        if (installedAt is not { } since)
        {
            return new ReviewEligibility(ReviewEligibilityState.NotInstalled);
        }
        var from = since + FirmReviewRules.MinimumUse;
        return clock.GetUtcNow() < from
            ? new ReviewEligibility(ReviewEligibilityState.TooEarly, from)
            : new ReviewEligibility(ReviewEligibilityState.MayWrite);
    }

    private static Task<FirmReview?> OwnAsync(DbConnection connection, DbTransaction? transaction, string appId, Guid orgId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<FirmReview>(new CommandDefinition(
            $"SELECT {FirmReview.Columns} FROM marketplace_app_reviews r WHERE r.app_id = @appId AND r.org_id = @orgId",
            new { appId, orgId }, transaction, cancellationToken: cancellationToken));

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, FirmReview review, Guid? userId, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO marketplace_app_reviews (id, app_id, org_id, firm_name, author_user_id, author_name, stars, body, created_at)
            VALUES (@Id, @AppId, @OrgId, @FirmName, @userId, @AuthorName, @Stars, @Body, @CreatedAt)
            """,
            new { review.Id, review.AppId, review.OrgId, review.FirmName, userId, review.AuthorName, review.Stars, review.Body, review.CreatedAt },
            transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE marketplace_apps SET rating_count = rating_count + 1, rating_sum = rating_sum + @Stars WHERE id = @AppId",
            new { review.Stars, review.AppId }, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Two requests of one firm at once: the unique index keeps the second review out.</summary>
    private static bool IsSecondReview(DbException exception) => exception switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.Message.Contains("marketplace_app_reviews.app_id", StringComparison.Ordinal),
        Npgsql.PostgresException postgres => postgres.ConstraintName == "ux_marketplace_app_reviews_firm",
        _ => false,
    };

    private sealed class RatingRow
    {
        public int RatingCount { get; init; }
        public long RatingSum { get; init; }
    }
}
