using SmeOnboard.Core.Features.Vouchers.Ledger;

namespace SmeOnboard.Core.Features.Vouchers.Reports;

/// <summary>Turns the rows the store read into the report's figures; pure, so every rule here is tested without SQL.</summary>
internal static class ProgrammeReportBuilder
{
    public static ProgrammeReport Build(ReportRows rows)
    {
        var firms = rows.Vouchers.GroupBy(v => v.FirmOrgId).Select(g => new Firm(g.First(), g.Min(v => v.IssuedAt), g.Any(v => v.SpentMinor > 0))).ToList();
        var redeemed = rows.Vouchers.Where(v => v.SpentMinor > 0).ToList();
        var paidValue = rows.Orders.Where(o => o.NetPriceMinor > 0).Sum(o => o.NetPriceMinor);
        return new ProgrammeReport
        {
            ProgrammeId = rows.Header.Id, NameEn = rows.Header.NameEn, NameZh = rows.Header.NameZh, Currency = rows.Header.Currency,
            Status = Enum.Parse<ProgrammeStatus>(rows.Header.Status), AsOf = rows.AsOf,
            Budget = new BudgetFigures
            {
                BudgetMinor = -Sum(rows, LedgerAccount.ProgrammeFunding), HeldMinor = Sum(rows, LedgerAccount.VoucherHold),
                SpentMinor = Sum(rows, LedgerAccount.VoucherSpent), OnVouchersMinor = Sum(rows, LedgerAccount.Voucher),
                UnallocatedMinor = Sum(rows, LedgerAccount.ProgrammeBudget),
            },
            Funnel = new FunnelCounts
            {
                Applications = (int)rows.Applications.Sum(a => a.Count), Approved = Count(rows, ApplicationStatus.Approved),
                Rejected = Count(rows, ApplicationStatus.Rejected), Issued = rows.Vouchers.Count, Redeemed = redeemed.Count,
                Expired = rows.Vouchers.Count(v => v.SpentMinor <= 0 && v.ExpiresAt <= rows.AsOf),
            },
            AverageGrantMinor = redeemed.Count == 0 ? null
                : (long)Math.Round((decimal)redeemed.Sum(v => v.SpentMinor) / redeemed.Count, MidpointRounding.AwayFromZero),
            AverageCoveragePercent = paidValue == 0 ? null
                : Math.Round(100m * rows.Orders.Sum(o => o.SpentMinor) / paidValue, 1, MidpointRounding.AwayFromZero),
            ByRegion = Reach(firms, f => f.Voucher.Region),
            ByIndustry = Reach(firms, f => f.Voucher.IndustryCode),
            BySize = Reach(firms, f => f.Voucher.HeadcountBand),
            ByCategory = Spend(rows.Orders, o => o.Category, _ => ""),
            ByVendor = Spend(rows.Orders, o => o.VendorOrgId.ToString(), o => o.VendorName),
            Uplift = Uplift(firms, rows.Assessments),
        };
    }

    private static long Sum(ReportRows rows, string account) => rows.Accounts.Where(a => a.Account == account).Sum(a => a.AmountMinor);

    private static int Count(ReportRows rows, ApplicationStatus status) =>
        (int)rows.Applications.Where(a => a.Status == status.ToString()).Sum(a => a.Count);

    private static List<ReachBucket> Reach(List<Firm> firms, Func<Firm, string?> code) =>
        firms.GroupBy(code)
            .Select(g => new ReachBucket { Code = g.Key, Firms = g.Count(), Redeemed = g.Count(f => f.Redeemed) })
            .OrderByDescending(b => b.Firms).ThenBy(b => b.Code, StringComparer.Ordinal).ToList();

    private static List<SpendBucket> Spend(IReadOnlyList<ReportRows.OrderRow> orders, Func<ReportRows.OrderRow, string> key, Func<ReportRows.OrderRow, string> name) =>
        orders.GroupBy(key)
            .Select(g => new SpendBucket { Key = g.Key, Name = name(g.First()), Orders = g.Count(o => o.SpentMinor > 0), SpentMinor = g.Sum(o => o.SpentMinor) })
            .Where(b => b.SpentMinor > 0)
            .OrderByDescending(b => b.SpentMinor).ThenBy(b => b.Key, StringComparer.Ordinal).ToList();

    private static MaturityUplift Uplift(List<Firm> firms, IReadOnlyList<ReportRows.AssessmentRow> assessments)
    {
        var byFirm = assessments.GroupBy(a => a.OrgId).ToDictionary(g => g.Key, g => g.OrderBy(a => a.TakenAt).ToList());
        var pairs = new List<(int Before, int After)>();
        foreach (var firm in firms)
        {
            if (!byFirm.TryGetValue(firm.Voucher.FirmOrgId, out var taken) || taken[^1].TakenAt <= firm.FirstIssuedAt)
            {
                continue;
            }
            // The level the firm stood at when it got its voucher: its last assessment before, else its first one.
            var baseline = taken.LastOrDefault(a => a.TakenAt <= firm.FirstIssuedAt) ?? taken[0];
            if (!ReferenceEquals(baseline, taken[^1]))
            {
                pairs.Add((baseline.Level, taken[^1].Level));
            }
        }
        return new MaturityUplift
        {
            Firms = pairs.Count, Improved = pairs.Count(p => p.After > p.Before), Unchanged = pairs.Count(p => p.After == p.Before),
            Declined = pairs.Count(p => p.After < p.Before),
            AverageBefore = pairs.Count == 0 ? null : Math.Round((decimal)pairs.Average(p => p.Before), 2, MidpointRounding.AwayFromZero),
            AverageAfter = pairs.Count == 0 ? null : Math.Round((decimal)pairs.Average(p => p.After), 2, MidpointRounding.AwayFromZero),
            Levels = Enumerable.Range(1, 4).Select(level => new UpliftLevel
            {
                Level = level, Before = pairs.Count(p => p.Before == level), After = pairs.Count(p => p.After == level),
            }).ToList(),
        };
    }

    private sealed record Firm(ReportRows.VoucherRow Voucher, DateTimeOffset FirstIssuedAt, bool Redeemed);
}
