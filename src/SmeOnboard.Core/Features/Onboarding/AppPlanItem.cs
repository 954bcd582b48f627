using SmeOnboard.Core.Features.Marketplace.Manifests;

namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>
/// One recommended marketplace app: why, the setup effort, an ROI estimate from its category's industry default, the
/// first-year price and, when a programme the firm is eligible for buys it, the price after that voucher.
/// </summary>
public sealed record AppPlanItem(
    AppManifest App,
    int Rank,
    int Points,
    IReadOnlyList<PlanReason> Reasons,
    int SetupHours,
    double HoursSavedPerWeek,
    decimal YearlyValue,
    long FirstYearCostMinor,
    PlanVoucher? Voucher,
    long CostAfterVoucherMinor);
