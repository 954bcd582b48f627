namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>
/// What the plan is built from: the firm's level, industry and pains, and the figures it gives for the ROI estimate.
/// Hours saved per template override the template's industry default.
/// </summary>
public sealed record PlanInputs(int Level, string? IndustryCode, IReadOnlyList<string> Pains, decimal HourlyLabourCost, IReadOnlyDictionary<string, double>? HoursSavedPerWeek = null)
{
    /// <summary>A loaded labour hour in a small Jiangsu/Zhejiang metal-parts shop (wage, social insurance, overhead), in yuan.</summary>
    public const decimal DefaultHourlyLabourCost = 45m;

    /// <summary>Working weeks a year used to turn weekly hours into a yearly figure.</summary>
    public const int WorkingWeeks = 48;
}
