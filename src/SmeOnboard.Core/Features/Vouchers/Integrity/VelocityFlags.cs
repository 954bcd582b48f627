using System.Data.Common;
using System.Globalization;
using Dapper;

namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>
/// Vendors at which at least the threshold of different vouchers of a programme were spent within the window: one
/// flag per vendor, for its busiest window.
/// </summary>
internal static class VelocityFlags
{
    public static async Task<IReadOnlyList<IntegrityFlag>> FindAsync(DbConnection connection, Guid programmeId, IntegrityOptions options, CancellationToken cancellationToken)
    {
        var orders = await connection.QueryAsync<VoucherPurchase>(new CommandDefinition(
            $"""
            SELECT {VoucherPurchase.Columns} {VoucherPurchase.From}
            WHERE o.programme_id = @programmeId AND o.share_minor > 0 AND o.status IN ('AwaitingPayment', 'Paid')
            ORDER BY o.created_at, o.id
            """, new { programmeId }, cancellationToken: cancellationToken));
        var window = TimeSpan.FromHours(options.VelocityWindowHours);
        var flags = new List<IntegrityFlag>();
        foreach (var vendor in orders.GroupBy(o => o.VendorOrgId))
        {
            var busiest = Busiest(vendor.ToList(), window);
            if (busiest.Count < options.VelocityThreshold)
            {
                continue;
            }
            string[] arguments =
            [
                busiest.Count.ToString(CultureInfo.InvariantCulture), vendor.First().VendorName, options.VelocityWindowHours.ToString(CultureInfo.InvariantCulture),
                busiest.From.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), busiest.To.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ];
            flags.Add(new IntegrityFlag
            {
                Kind = IntegrityFlagKind.VendorVelocity, Code = "Integrity.Flag.VendorVelocity", Arguments = arguments, VendorOrgId = vendor.Key,
                Message = $"{arguments[0]} different vouchers were spent at {arguments[1]} within {arguments[2]} hours ({arguments[3]} to {arguments[4]} UTC).",
            });
        }
        return flags;
    }

    /// <summary>The window (starting at a purchase) holding the most different vouchers.</summary>
    private static (int Count, DateTimeOffset From, DateTimeOffset To) Busiest(IReadOnlyList<VoucherPurchase> orders, TimeSpan window)
    {
        var best = (Count: 0, From: DateTimeOffset.MinValue, To: DateTimeOffset.MinValue);
        for (var start = 0; start < orders.Count; start++)
        {
            var inWindow = orders.Skip(start).TakeWhile(o => o.CreatedAt < orders[start].CreatedAt + window).ToList();
            var count = inWindow.Select(o => o.VoucherId).Distinct().Count();
            if (count > best.Count)
            {
                best = (count, orders[start].CreatedAt, inWindow[^1].CreatedAt);
            }
        }
        return best;
    }
}
