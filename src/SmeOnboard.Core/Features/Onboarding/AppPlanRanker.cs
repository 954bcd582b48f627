using System.Globalization;
using SmeOnboard.Core.Features.Marketplace.Manifests;

namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>
/// Ranks marketplace apps for a firm with the template ranking's weights: a pain its category answers 3 points, the
/// firm's level 2 (further levels lose 2 each), its industry 1, and 2 when it serves an app category of one of the
/// firm's top templates. Only apps with a reason are recommended. Each is priced for its first year and, with the best
/// voucher the firm could get (coverage up to the programme's cap), after that voucher.
/// </summary>
public static class AppPlanRanker
{
    public const int TemplatePoints = 2;

    /// <summary>How many of the firm's top templates lend their app categories.</summary>
    public const int TopTemplates = 3;

    public const int MaxApps = 5;

    public static IReadOnlyList<AppPlanItem> Rank(
        PlanInputs inputs, IReadOnlyList<PlanItem> templatePlan, IEnumerable<AppManifest> apps, IReadOnlyList<PlanVoucher> vouchers)
    {
        var templateCategories = templatePlan.Take(TopTemplates)
            .SelectMany(t => t.Template.Manifest.AppCategories.Select(c => (Category: AppDefaults.CategoryByTemplateCategory.GetValueOrDefault(c), t.Template.Slug)))
            .Where(c => c.Category is not null)
            .ToList();
        return apps
            .Select(app => Score(inputs, app, templateCategories))
            .Where(s => s.Reasons.Count > 0 && s.Points > 0)
            .OrderByDescending(s => s.Points)
            .ThenBy(s => AppDefaults.SetupHours(s.App.Category))
            .ThenBy(s => FirstYearCost(s.App.Pricing))
            .ThenBy(s => s.App.Id, StringComparer.Ordinal)
            .Take(MaxApps)
            .Select((s, index) =>
            {
                var hours = AppDefaults.HoursSavedPerWeek(s.App.Category);
                var cost = FirstYearCost(s.App.Pricing);
                var (voucher, after) = BestVoucher(s.App, cost, vouchers);
                return new AppPlanItem(s.App, index + 1, s.Points, s.Reasons, AppDefaults.SetupHours(s.App.Category), hours,
                    decimal.Round((decimal)hours * inputs.HourlyLabourCost * PlanInputs.WorkingWeeks, 0), cost, voucher, after);
            })
            .ToList();
    }

    /// <summary>What the app costs in its first year: twelve months of a monthly or per-seat (one seat) price.</summary>
    public static long FirstYearCost(AppPricing pricing) => pricing.Model switch
    {
        PricingModels.Free => 0,
        PricingModels.Monthly or PricingModels.PerSeat => pricing.AmountMinor * 12,
        _ => pricing.AmountMinor,
    };

    private static (PlanVoucher? Voucher, long After) BestVoucher(AppManifest app, long cost, IReadOnlyList<PlanVoucher> vouchers)
    {
        if (cost == 0 || !app.VoucherEligible)
            return (null, cost);
        var best = vouchers
            .Where(v => v.Currency == app.Pricing.Currency
                && (v.Categories.Count == 0 || v.Categories.Contains(app.Category))
                && (v.ApprovedAppIds.Count == 0 || v.ApprovedAppIds.Contains(app.Id)))
            .Select(v => (Voucher: v, Share: Share(cost, v)))
            .Where(v => v.Share > 0)
            .OrderByDescending(v => v.Share)
            .ThenBy(v => v.Voucher.NameEn, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Voucher is null ? (null, cost) : (best.Voucher, cost - best.Share);
    }

    // The programme's share: its coverage of the price, never more than its cap per firm (0 means no cap).
    private static long Share(long cost, PlanVoucher voucher)
    {
        var covered = cost * voucher.CoveragePercent / 100;
        return voucher.CapPerFirmMinor > 0 ? Math.Min(covered, voucher.CapPerFirmMinor) : covered;
    }

    private static (AppManifest App, int Points, List<PlanReason> Reasons) Score(
        PlanInputs inputs, AppManifest app, IReadOnlyList<(string? Category, string Slug)> templateCategories)
    {
        var reasons = inputs.Pains
            .Where(p => AppDefaults.CategoriesByPain.TryGetValue(p, out var categories) && categories.Contains(app.Category))
            .Select(p => new PlanReason(PlanReasonKind.Pain, p))
            .ToList();
        var points = reasons.Count * PlanRanker.PainPoints;
        if (app.MaturityLevels.Count > 0)
        {
            var distance = app.MaturityLevels.Min(level => Math.Abs(level - inputs.Level));
            if (distance == 0)
            {
                points += PlanRanker.LevelPoints;
                reasons.Add(new PlanReason(PlanReasonKind.Level, inputs.Level.ToString(CultureInfo.InvariantCulture)));
            }
            else if (distance > 1)
            {
                points -= PlanRanker.LevelPoints * (distance - 1);
            }
        }
        if (inputs.IndustryCode is { } industry && app.Industries.Contains(industry))
        {
            points += PlanRanker.IndustryPoints;
            reasons.Add(new PlanReason(PlanReasonKind.Industry, industry));
        }
        if (templateCategories.FirstOrDefault(t => t.Category == app.Category) is { Category: not null } template)
        {
            points += TemplatePoints;
            reasons.Add(new PlanReason(PlanReasonKind.Template, template.Slug));
        }
        return (app, points, reasons);
    }
}
