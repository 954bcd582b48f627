using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>
/// Ranks templates for a firm. Pains weigh most (3 points each), because a firm acts on what hurts; a template made for
/// the firm's level adds 2, one a level away 0 and further ones lose 2 per level (a level-1 firm is not ready for
/// machine analytics); the firm's industry adds 1. Ties go to the smaller setup effort, then the larger saving.
/// </summary>
public static class PlanRanker
{
    public const int PainPoints = 3;
    public const int LevelPoints = 2;
    public const int IndustryPoints = 1;

    public static IReadOnlyList<PlanItem> Rank(PlanInputs inputs, IEnumerable<Template> templates) =>
        templates
            .Select(t => Score(inputs, t))
            .OrderByDescending(s => s.Points)
            .ThenBy(s => s.Template.Manifest.Effort.SetupHours)
            .ThenByDescending(s => s.Hours)
            .ThenBy(s => s.Template.Slug, StringComparer.Ordinal)
            .Select((s, index) => new PlanItem(s.Template, index + 1, s.Points, s.Reasons, s.Hours, s.Default,
                decimal.Round((decimal)s.Hours * inputs.HourlyLabourCost * PlanInputs.WorkingWeeks, 0)))
            .ToList();

    private static (Template Template, int Points, List<PlanReason> Reasons, double Hours, bool Default) Score(PlanInputs inputs, Template template)
    {
        var manifest = template.Manifest;
        var reasons = manifest.Problems.Where(inputs.Pains.Contains).Select(p => new PlanReason(PlanReasonKind.Pain, p)).ToList();
        var points = reasons.Count * PainPoints;
        var distance = manifest.MaturityLevels.Min(level => Math.Abs(level - inputs.Level));
        if (distance == 0)
        {
            points += LevelPoints;
            reasons.Add(new PlanReason(PlanReasonKind.Level, inputs.Level.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        else if (distance > 1)
        {
            points -= LevelPoints * (distance - 1);
        }
        if (inputs.IndustryCode is { } industry && manifest.Industries.Contains(industry))
        {
            points += IndustryPoints;
            reasons.Add(new PlanReason(PlanReasonKind.Industry, industry));
        }
        double? own = inputs.HoursSavedPerWeek is { } given && given.TryGetValue(template.Slug, out var hours) ? hours : null;
        return (template, points, reasons, own ?? manifest.Roi.HoursSavedPerWeek, own is null);
    }
}
