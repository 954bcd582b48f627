namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>A spot check is open once marked, then passed or failed with a note.</summary>
public static class SpotCheckStatuses
{
    public const string Open = "Open";
    public const string Passed = "Passed";
    public const string Failed = "Failed";
}
