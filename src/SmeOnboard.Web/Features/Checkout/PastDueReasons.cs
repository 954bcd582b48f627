using Microsoft.Extensions.Localization;
using SmeOnboard.Core.Features.Checkout.Renewals;
using SmeOnboard.Web.Resources;

namespace SmeOnboard.Web.Features.Checkout;

/// <summary>
/// Why a renewal failed, in the reader's language: the renewer records the reason in fixed English words
/// (<see cref="RenewalFailures"/>, also what the audit log keeps), each of which has a text of its own here; a reason
/// recorded otherwise is shown as it is.
/// </summary>
public static class PastDueReasons
{
    public static string Describe(string reason, IStringLocalizer<SharedResource> L) => reason switch
    {
        RenewalFailures.NoCardOnFile => L["Subscriptions.PastDue.NoCard"],
        RenewalFailures.VendorCannotBePaid => L["Subscriptions.PastDue.VendorCannotBePaid"],
        RenewalFailures.NotCompleted => L["Subscriptions.PastDue.NotCompleted"],
        RenewalFailures.AuthenticationRequired => L["Subscriptions.PastDue.AuthenticationRequired"],
        _ => RenewalFailures.DeclineCodeOf(reason) is { } code ? L["Subscriptions.PastDue.Declined", code] : reason,
    };
}
