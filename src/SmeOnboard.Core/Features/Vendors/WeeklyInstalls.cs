namespace SmeOnboard.Core.Features.Vendors;

/// <summary>New installs of the vendor's apps in the week (Monday, UTC) starting <paramref name="WeekStart"/>.</summary>
public sealed record WeeklyInstalls(DateOnly WeekStart, int Count);
