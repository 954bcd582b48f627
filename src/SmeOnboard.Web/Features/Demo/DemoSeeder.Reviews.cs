using SmeOnboard.Core.Features.Marketplace.Ratings;
using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Web.Features.Demo;

public sealed partial class DemoSeeder
{
    /// <summary>
    /// The demo firms' installs and reviews of shipped apps (<see cref="DemoReviews"/>). Runs after the catalogue is
    /// loaded; a review already there is kept, so later starts change nothing.
    /// </summary>
    public async Task SeedReviewsAsync()
    {
        var firms = (await organisations.ListByKindAsync(OrganisationKind.Firm)).GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.First().Id);
        var ids = new List<Guid>();
        foreach (var profile in DemoReviews.Firms)
        {
            if (!firms.TryGetValue(profile.Name, out var id))
            {
                await using var connection = await db.OpenAsync();
                await using var transaction = await connection.BeginTransactionAsync();
                id = (await organisations.CreateAsync(connection, transaction, OrganisationKind.Firm, profile)).Id;
                await transaction.CommitAsync();
            }
            ids.Add(id);
        }
        var now = clock.GetUtcNow();
        foreach (var review in DemoReviews.Reviews)
        {
            if (await catalogue.FindAsync(review.AppId) is not { } app)
            {
                continue;
            }
            var scopes = app.ReadManifest().DataScopes.Select(s => s.Scope).ToList();
            var seed = new SeededReview(ids[review.Firm], review.AppId, now.AddDays(-review.DaysAgo), review.Stars, review.Author, review.Body, review.Reply);
            if (await reviews.RecordDemoReviewAsync(seed, scopes))
            {
                LogSeeded(logger, $"review of {review.AppId}");
            }
        }
    }
}
