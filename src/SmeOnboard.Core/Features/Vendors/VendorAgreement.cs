namespace SmeOnboard.Core.Features.Vendors;

/// <summary>
/// The vendor agreement in force. Its text lives in the resources under <see cref="TextKey"/>; a new text gets a new
/// version, and vendors accept it again before their next submission.
/// </summary>
public static class VendorAgreement
{
    public const string CurrentVersion = "2026-01";

    public const string TextKey = "Vendor.Agreement.Text.2026-01";
}
