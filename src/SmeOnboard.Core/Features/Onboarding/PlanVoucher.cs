namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>
/// A voucher programme the firm is eligible for, as the plan prices apps with it: the firm's coverage (after any size
/// tier), the cap per firm (0 for none) and what the programme buys (empty lists buy any app).
/// </summary>
public sealed record PlanVoucher(
    string NameEn, string NameZh, string Currency, int CoveragePercent, long CapPerFirmMinor,
    IReadOnlyList<string> Categories, IReadOnlyList<string> ApprovedAppIds)
{
    public string NameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? NameZh : NameEn;
}
