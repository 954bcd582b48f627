using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;

namespace SmeOnboard.Core.Features.Marketplace.Ratings;

public sealed partial class FirmReviewStore
{
    /// <summary>The newest reviews of the current vendor's apps.</summary>
    public async Task<IReadOnlyList<VendorReviewItem>> ListForCurrentVendorAsync(int limit, CancellationToken cancellationToken = default)
    {
        if (!IsVendor)
        {
            return [];
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FirmReview, AppNames, VendorReviewItem>(new CommandDefinition(
            $"""
            SELECT {FirmReview.Columns}, a.name_en, a.name_zh
            FROM marketplace_app_reviews r JOIN marketplace_apps a ON a.id = r.app_id
            WHERE a.vendor_org_id = @vendorId
            ORDER BY r.created_at DESC, r.id LIMIT @limit
            """, new { vendorId = actor.RequireOrganisationId(), limit }, cancellationToken: cancellationToken),
            (review, app) => new VendorReviewItem(review, app.NameEn, app.NameZh), splitOn: "name_en");
        return rows.AsList();
    }

    /// <summary>The vendor's one reply to a review of its own app; another vendor's review answers not found.</summary>
    public async Task<Result<FirmReview>> ReplyForCurrentAsync(Guid reviewId, string reply, CancellationToken cancellationToken = default)
    {
        if (!IsVendor)
        {
            return FirmReviewErrors.VendorsOnly;
        }
        if (string.IsNullOrWhiteSpace(reply))
        {
            return FirmReviewErrors.ReplyRequired;
        }
        if (reply.Trim().Length > FirmReviewRules.MaxReplyLength)
        {
            return FirmReviewErrors.ReplyTooLong;
        }
        var vendorId = actor.RequireOrganisationId();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var review = await connection.QuerySingleOrDefaultAsync<FirmReview>(new CommandDefinition(
            $"""
            SELECT {FirmReview.Columns} FROM marketplace_app_reviews r JOIN marketplace_apps a ON a.id = r.app_id
            WHERE r.id = @reviewId AND a.vendor_org_id = @vendorId
            """, new { reviewId, vendorId }, transaction, cancellationToken: cancellationToken));
        if (review is null)
        {
            return FirmReviewErrors.NotFound;
        }
        var now = clock.GetUtcNow();
        // Conditional, so two replies at once leave exactly one.
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE marketplace_app_reviews SET reply_body = @body, reply_at = @now, reply_by_name = @name WHERE id = @reviewId AND reply_body IS NULL",
            new { body = reply.Trim(), now, name = actor.Name, reviewId }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return FirmReviewErrors.AlreadyReplied;
        }
        await audit.RecordAsync(connection, transaction, new AuditRecord("marketplace.review-replied", "AppReview", reviewId.ToString(),
            $"Vendor replied to {review.FirmName}'s review of {review.AppId}"));
        await transaction.CommitAsync(cancellationToken);
        return new FirmReview
        {
            Id = review.Id, AppId = review.AppId, OrgId = review.OrgId, FirmName = review.FirmName, AuthorName = review.AuthorName,
            Stars = review.Stars, Body = review.Body, CreatedAt = review.CreatedAt, EditedAt = review.EditedAt,
            ReplyBody = reply.Trim(), ReplyAt = now, ReplyByName = actor.Name,
        };
    }

    private bool IsVendor => actor.OrganisationKind == OrganisationKind.Vendor && actor.IsInRole(Roles.VendorDeveloper);

    private sealed class AppNames
    {
        public string NameEn { get; init; } = "";
        public string NameZh { get; init; } = "";
    }
}
