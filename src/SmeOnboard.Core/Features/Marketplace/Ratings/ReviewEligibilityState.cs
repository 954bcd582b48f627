namespace SmeOnboard.Core.Features.Marketplace.Ratings;

public enum ReviewEligibilityState
{
    /// <summary>An active install older than the minimum time of use, and no review yet.</summary>
    MayWrite,

    /// <summary>The firm reviewed the app already; it may edit that review.</summary>
    MayEdit,

    /// <summary>No active install of the app.</summary>
    NotInstalled,

    /// <summary>Installed, but for less than the minimum time; reviews open from <see cref="ReviewEligibility.From"/>.</summary>
    TooEarly,

    /// <summary>Not a firm (vendors, agencies and the platform read reviews only).</summary>
    NotAFirm,
}
