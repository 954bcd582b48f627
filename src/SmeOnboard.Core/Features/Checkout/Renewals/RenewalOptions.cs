using System.ComponentModel.DataAnnotations;

namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>Subscription renewals (section "Checkout:Renewals").</summary>
public sealed class RenewalOptions
{
    public const string Section = "Checkout:Renewals";

    /// <summary>How often the renewal service looks for subscriptions that are due.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(5);
}
