using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>
/// One recommended template with its reasons, effort and ROI estimate. <see cref="HoursSavedPerWeek"/> is the firm's own
/// figure when it gave one, else the template's industry default (<see cref="UsesIndustryDefault"/>).
/// </summary>
public sealed record PlanItem(
    Template Template,
    int Rank,
    int Points,
    IReadOnlyList<PlanReason> Reasons,
    double HoursSavedPerWeek,
    bool UsesIndustryDefault,
    decimal YearlyValue);
