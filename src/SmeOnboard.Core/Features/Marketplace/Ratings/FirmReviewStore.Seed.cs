using Dapper;

namespace SmeOnboard.Core.Features.Marketplace.Ratings;

public sealed partial class FirmReviewStore
{
    /// <summary>
    /// Records a demo firm's install (with consent to every scope the app asks for) and its review, written a week
    /// after the install as the rules require. Does nothing when the firm has reviewed the app already.
    /// </summary>
    public async Task<bool> RecordDemoReviewAsync(SeededReview seed, IReadOnlyList<string> scopes, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await OwnAsync(connection, transaction, seed.AppId, seed.FirmId, cancellationToken) is not null)
        {
            return false;
        }
        var installId = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            "SELECT id FROM marketplace_installs WHERE org_id = @FirmId AND app_id = @AppId AND status = 'Active'",
            new { seed.FirmId, seed.AppId }, transaction, cancellationToken: cancellationToken));
        if (installId is null)
        {
            var id = Guid.CreateVersion7();
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO marketplace_installs (id, org_id, app_id, app_version, status, installed_at)
                SELECT @id, @FirmId, id, current_version, 'Active', @InstalledAt FROM marketplace_apps WHERE id = @AppId
                """, new { id, seed.FirmId, seed.InstalledAt, seed.AppId }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO marketplace_install_scopes (install_id, scope, granted_at) VALUES (@id, @scope, @InstalledAt)",
                scopes.Select(scope => new { id, scope, seed.InstalledAt }), transaction, cancellationToken: cancellationToken));
        }
        var firmName = await connection.QuerySingleAsync<string>(new CommandDefinition(
            "SELECT name FROM organisations WHERE id = @FirmId", new { seed.FirmId }, transaction, cancellationToken: cancellationToken));
        var review = new FirmReview
        {
            Id = Guid.CreateVersion7(), AppId = seed.AppId, OrgId = seed.FirmId, FirmName = firmName, AuthorName = seed.Author,
            Stars = seed.Stars, Body = seed.Body, CreatedAt = seed.InstalledAt + FirmReviewRules.MinimumUse + TimeSpan.FromDays(2),
        };
        await InsertAsync(connection, transaction, review, null, cancellationToken);
        if (seed.Reply is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE marketplace_app_reviews SET reply_body = @Reply, reply_at = @at,
                    reply_by_name = (SELECT vendor_name FROM marketplace_apps WHERE id = @AppId)
                WHERE id = @Id
                """, new { seed.Reply, at = review.CreatedAt + TimeSpan.FromDays(1), seed.AppId, review.Id }, transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
