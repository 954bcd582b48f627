using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Marketplace.Manifests;

namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>
/// Voucher purchases of an app whose price was raised (a newly published version with a higher price) within the
/// window before the purchase, and the purchase paid more than the price before the raise.
/// </summary>
internal static class PriceRiseFlags
{
    public static async Task<IReadOnlyList<IntegrityFlag>> FindAsync(DbConnection connection, Guid programmeId, IntegrityOptions options, CancellationToken cancellationToken)
    {
        var orders = (await connection.QueryAsync<VoucherPurchase>(new CommandDefinition(
            $"""
            SELECT {VoucherPurchase.Columns} {VoucherPurchase.From}
            WHERE o.programme_id = @programmeId AND o.share_minor > 0 AND o.status IN ('AwaitingPayment', 'Paid')
            ORDER BY o.created_at, o.id
            """, new { programmeId }, cancellationToken: cancellationToken))).ToList();
        if (orders.Count == 0)
        {
            return [];
        }
        var versions = (await connection.QueryAsync<VersionRow>(new CommandDefinition(
            """
            SELECT app_id, version, manifest, published_at FROM marketplace_app_versions
            WHERE app_id IN (SELECT o.app_id FROM checkout_orders o WHERE o.programme_id = @programmeId AND o.share_minor > 0)
            """, new { programmeId }, cancellationToken: cancellationToken)))
            .Select(v => new PricedVersion(v.AppId, v.PublishedAt, JsonSerializer.Deserialize<AppManifest>(v.Manifest, ManifestValidator.Json)!.Pricing))
            .ToLookup(v => v.AppId);
        var window = TimeSpan.FromDays(options.PriceRiseWindowDays);
        var flags = new List<IntegrityFlag>();
        foreach (var order in orders)
        {
            var raise = LastRaise(versions[order.AppId].Where(v => v.Pricing.Currency == order.Currency).OrderBy(v => v.PublishedAt).ToList(), order, window);
            if (raise is not { } found)
            {
                continue;
            }
            var days = (int)Math.Floor((order.CreatedAt - found.RaisedAt).TotalDays);
            string[] arguments =
            [
                order.AppNameEn, Money.Format(found.BeforeMinor, order.Currency), Money.Format(order.PriceMinor, order.Currency),
                found.RaisedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), days.ToString(CultureInfo.InvariantCulture), order.FirmName,
                order.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), order.VendorName,
            ];
            flags.Add(new IntegrityFlag
            {
                Kind = IntegrityFlagKind.PriceRaised, Code = "Integrity.Flag.PriceRaised", Arguments = arguments,
                Message = $"{arguments[0]} went from {arguments[1]} to {arguments[2]} on {arguments[3]}, {arguments[4]} days before {arguments[5]} bought it with a voucher on {arguments[6]} (vendor {arguments[7]}).",
                FirmOrgId = order.FirmOrgId, VendorOrgId = order.VendorOrgId, OrderId = order.Id,
            });
        }
        return flags;
    }

    /// <summary>The latest raise inside the window before the purchase that the purchase price is above.</summary>
    private static (DateTimeOffset RaisedAt, long BeforeMinor)? LastRaise(IReadOnlyList<PricedVersion> versions, VoucherPurchase order, TimeSpan window)
    {
        (DateTimeOffset, long)? found = null;
        for (var i = 1; i < versions.Count; i++)
        {
            var (before, after) = (versions[i - 1], versions[i]);
            var inWindow = after.PublishedAt <= order.CreatedAt && after.PublishedAt > order.CreatedAt - window;
            if (inWindow && after.Pricing.AmountMinor > before.Pricing.AmountMinor && order.PriceMinor > before.Pricing.AmountMinor)
            {
                found = (after.PublishedAt, before.Pricing.AmountMinor);
            }
        }
        return found;
    }

    private sealed record PricedVersion(string AppId, DateTimeOffset PublishedAt, AppPricing Pricing);

    private sealed class VersionRow
    {
        public string AppId { get; init; } = "";
        public string Version { get; init; } = "";
        public string Manifest { get; init; } = "";
        public DateTimeOffset PublishedAt { get; init; }
    }
}
