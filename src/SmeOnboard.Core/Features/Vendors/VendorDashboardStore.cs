using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace.Submissions;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Vendors;

/// <summary>The current vendor's dashboard figures, read from its apps, submissions, their installs and its paid orders only.</summary>
public sealed class VendorDashboardStore(IDbConnectionFactory db, ICurrentActor actor, VendorOnboardingStore onboarding, TimeProvider clock)
{
    public const int Weeks = 12;

    public async Task<VendorDashboard> LoadForCurrentAsync(CancellationToken cancellationToken = default)
    {
        var vendorId = actor.RequireOrganisationId();
        var firstWeek = WeekStart(clock.GetUtcNow()).AddDays(-7 * (Weeks - 1));
        await using var connection = await db.OpenAsync(cancellationToken);
        var published = (await connection.QueryAsync<VendorAppSummary>(new CommandDefinition(
            """
            SELECT a.id AS app_id, a.name_en, a.name_zh, a.listing, a.current_version AS published_version, a.rating_count, a.rating_sum,
                (SELECT COUNT(*) FROM marketplace_installs i WHERE i.app_id = a.id AND i.status = 'Active') AS active_installs
            FROM marketplace_apps a WHERE a.vendor_org_id = @vendorId
            """, new { vendorId }, cancellationToken: cancellationToken))).ToDictionary(a => a.AppId);
        var submissions = await connection.QueryAsync<Submission>(new CommandDefinition(
            $"SELECT {Submission.Columns} FROM marketplace_submissions s WHERE s.vendor_org_id = @vendorId ORDER BY s.updated_at DESC",
            new { vendorId }, cancellationToken: cancellationToken));
        var installedAt = await connection.QueryAsync<DateTimeOffset>(new CommandDefinition(
            """
            SELECT i.installed_at FROM marketplace_installs i JOIN marketplace_apps a ON a.id = i.app_id
            WHERE a.vendor_org_id = @vendorId AND i.installed_at >= @from
            """, new { vendorId, from = new DateTimeOffset(firstWeek.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) }, cancellationToken: cancellationToken));
        // Refunds are summed per order first, so an order with two refunds is not counted twice.
        var revenue = await connection.QueryAsync<VendorRevenue>(new CommandDefinition(
            """
            SELECT o.currency,
                SUM(o.remainder_minor - COALESCE(r.card_minor, 0)) AS card_minor,
                SUM(o.share_minor - COALESCE(r.voucher_minor, 0)) AS voucher_minor
            FROM checkout_orders o
            LEFT JOIN (SELECT order_id, SUM(card_minor) AS card_minor, SUM(voucher_minor) AS voucher_minor
                       FROM checkout_refunds GROUP BY order_id) r ON r.order_id = o.id
            WHERE o.vendor_org_id = @vendorId AND o.status = 'Paid'
            GROUP BY o.currency ORDER BY o.currency
            """, new { vendorId }, cancellationToken: cancellationToken));

        var apps = new List<VendorAppSummary>();
        foreach (var latest in submissions.GroupBy(s => s.AppId).Select(g => g.First()))
        {
            var listed = published.GetValueOrDefault(latest.AppId);
            published.Remove(latest.AppId);
            var manifest = latest.ReadManifest();
            apps.Add(new VendorAppSummary
            {
                AppId = latest.AppId, NameEn = listed?.NameEn ?? manifest.Name.En, NameZh = listed?.NameZh ?? manifest.Name.ZhCn,
                Listing = listed?.Listing, PublishedVersion = listed?.PublishedVersion, LatestVersion = latest.Version, LatestState = latest.State,
                ActiveInstalls = listed?.ActiveInstalls ?? 0, RatingCount = listed?.RatingCount ?? 0, RatingSum = listed?.RatingSum ?? 0,
            });
        }
        apps.AddRange(published.Values);

        var perWeek = installedAt.GroupBy(WeekStart).ToDictionary(g => g.Key, g => g.Count());
        var weeks = Enumerable.Range(0, Weeks).Select(i => firstWeek.AddDays(7 * i))
            .Select(week => new WeeklyInstalls(week, perWeek.GetValueOrDefault(week))).ToList();
        return new VendorDashboard(
            apps.OrderBy(a => a.NameEn, StringComparer.OrdinalIgnoreCase).ToList(), weeks, apps.Sum(a => a.ActiveInstalls),
            revenue.ToList(), await onboarding.GetForCurrentAsync(cancellationToken));
    }

    /// <summary>The Monday (UTC) of the week holding <paramref name="moment"/>.</summary>
    public static DateOnly WeekStart(DateTimeOffset moment)
    {
        var day = DateOnly.FromDateTime(moment.UtcDateTime);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }
}
