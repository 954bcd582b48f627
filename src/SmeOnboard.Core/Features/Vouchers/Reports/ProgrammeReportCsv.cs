using System.Globalization;
using CsvHelper;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Core.Features.Vouchers.Reports;

/// <summary>
/// A programme report as CSV, one figure per line (section, key, name, measure, value, currency), so a spreadsheet can
/// pivot it: money in exact minor units, counts, percentages and levels as invariant numbers. UTF-8 with a byte-order
/// mark (Excel reads Chinese names right); text starting like a formula (= + - @) gets a leading apostrophe, since vendor
/// names come from vendors.
/// </summary>
public static class ProgrammeReportCsv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    /// <summary>The file; <paramref name="label"/> names the fixed figures (resource keys such as Reports.Spent) in the reader's language.</summary>
    public static byte[] Write(ProgrammeReport report, string culture, Func<string, string> label)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteHeader("section", "key", "name", "measure", "value", "currency");
            foreach (var line in Lines(report, culture, label))
            {
                csv.WriteField(line.Section);
                csv.WriteField(line.Key);
                csv.WriteField(line.Name);
                csv.WriteField(line.Measure);
                if (line.Whole is { } whole)
                    csv.WriteField(whole, default);
                else
                    csv.WriteField(line.Fraction!.Value, default);
                csv.WriteField(line.Currency);
                csv.EndRecord();
            }
        }
        return stream.ToArray();
    }

    /// <summary>Letters, digits and hyphens only, so the download header needs no quoting.</summary>
    public static string FileName(ProgrammeReport report) =>
        string.Create(CultureInfo.InvariantCulture, $"programme-{report.ProgrammeId:N}-report-{report.AsOf.UtcDateTime:yyyy-MM-dd}.csv");

    private static IEnumerable<Line> Lines(ProgrammeReport report, string culture, Func<string, string> label)
    {
        var currency = report.Currency;
        var budget = report.Budget;
        foreach (var (key, amount) in new[]
        {
            ("budget", budget.BudgetMinor), ("held", budget.HeldMinor), ("spent", budget.SpentMinor), ("remaining", budget.RemainingMinor),
            ("on_vouchers", budget.OnVouchersMinor), ("unallocated", budget.UnallocatedMinor),
        })
        {
            yield return Money("budget", key, label(LabelKey(key)), amount, currency);
        }
        var funnel = report.Funnel;
        foreach (var (key, count) in new[]
        {
            ("applications", funnel.Applications), ("approved", funnel.Approved), ("rejected", funnel.Rejected), ("issued", funnel.Issued),
            ("redeemed", funnel.Redeemed), ("expired", funnel.Expired),
        })
        {
            yield return Count("funnel", key, label(LabelKey(key)), "count", count);
        }
        if (report.AverageGrantMinor is { } grant)
            yield return Money("averages", "grant", label("Reports.AverageGrant"), grant, currency);
        if (report.AverageCoveragePercent is { } coverage)
            yield return new Line("averages", "coverage", label("Reports.AverageCoverage"), "percent", null, coverage, "");
        foreach (var line in Reach("region", report.ByRegion, ProfileChoices.Regions, culture, label)
            .Concat(Reach("industry", report.ByIndustry, ProfileChoices.Industries, culture, label))
            .Concat(Reach("size_band", report.BySize, ProfileChoices.HeadcountBands, culture, label)))
        {
            yield return line;
        }
        foreach (var bucket in report.ByCategory)
        {
            var name = MarketplaceChoices.Categories.FirstOrDefault(c => c.Code == bucket.Key)?.NameIn(culture) ?? bucket.Key;
            yield return Money("category", bucket.Key, name, bucket.SpentMinor, currency);
            yield return Count("category", bucket.Key, name, "orders", bucket.Orders);
        }
        foreach (var bucket in report.ByVendor)
        {
            yield return Money("vendor", bucket.Key, bucket.Name, bucket.SpentMinor, currency);
            yield return Count("vendor", bucket.Key, bucket.Name, "orders", bucket.Orders);
        }
        foreach (var line in Uplift(report.Uplift, label))
        {
            yield return line;
        }
    }

    private static IEnumerable<Line> Reach(string section, IReadOnlyList<ReachBucket> buckets, IReadOnlyList<ProfileChoice> choices, string culture, Func<string, string> label)
    {
        foreach (var bucket in buckets)
        {
            var name = choices.FirstOrDefault(c => c.Code == bucket.Code)?.NameIn(culture) ?? label("Reports.NotStated");
            yield return Count(section, bucket.Code ?? "", name, "firms", bucket.Firms);
            yield return Count(section, bucket.Code ?? "", name, "redeemed_firms", bucket.Redeemed);
        }
    }

    private static IEnumerable<Line> Uplift(MaturityUplift uplift, Func<string, string> label)
    {
        yield return Count("uplift", "firms", label("Reports.Uplift.Firms"), "count", uplift.Firms);
        yield return Count("uplift", "improved", label("Reports.Uplift.Improved"), "count", uplift.Improved);
        yield return Count("uplift", "unchanged", label("Reports.Uplift.Unchanged"), "count", uplift.Unchanged);
        yield return Count("uplift", "declined", label("Reports.Uplift.Declined"), "count", uplift.Declined);
        if (uplift.AverageBefore is { } before && uplift.AverageAfter is { } after)
        {
            yield return new Line("uplift", "average_before", label("Reports.Uplift.AverageBefore"), "level", null, before, "");
            yield return new Line("uplift", "average_after", label("Reports.Uplift.AverageAfter"), "level", null, after, "");
        }
        foreach (var level in uplift.Levels)
        {
            var name = string.Format(CultureInfo.CurrentCulture, label("Reports.Uplift.Level"), level.Level);
            yield return Count("uplift", $"level_{level.Level}", name, "firms_before", level.Before);
            yield return Count("uplift", $"level_{level.Level}", name, "firms_after", level.After);
        }
    }

    private static string LabelKey(string key) => "Reports." + string.Concat(key.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    private static Line Money(string section, string key, string name, long amountMinor, string currency) =>
        new(section, key, name, "amount_minor", amountMinor, null, currency);

    private static Line Count(string section, string key, string name, string measure, long count) => new(section, key, name, measure, count, null, "");

    private sealed record Line(string Section, string Key, string Name, string Measure, long? Whole, decimal? Fraction, string Currency);
}
