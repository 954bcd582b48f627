namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>Why a renewal could not be paid, in the words the firm reads on its subscriptions page and in the email.</summary>
public static class RenewalFailures
{
    public const string NoCardOnFile = "no card is on file for this subscription";
    public const string VendorCannotBePaid = "the vendor of this app cannot take card payments";
    public const string NotCompleted = "the card payment did not complete in time";
    public const string AuthenticationRequired = "the bank asks for the card holder's confirmation";

    public static string Declined(string? declineCode) => $"the card was declined ({declineCode ?? "no reason given"})";
}
