namespace SmeOnboard.Core.Features.Vendors;

/// <summary>What the vendor dashboard shows: its apps, installs per week, revenue per currency, and its onboarding (payout account).</summary>
public sealed record VendorDashboard(
    IReadOnlyList<VendorAppSummary> Apps, IReadOnlyList<WeeklyInstalls> InstallsPerWeek, int ActiveInstalls,
    IReadOnlyList<VendorRevenue> Revenue, VendorOnboarding Onboarding);
