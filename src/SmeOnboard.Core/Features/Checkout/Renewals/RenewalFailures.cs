namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>
/// Why a renewal could not be paid, as the subscription and the audit log record it; the portal shows each in the
/// reader's language (these English words are the keys).
/// </summary>
public static class RenewalFailures
{
    public const string NoCardOnFile = "no card is on file for this subscription";
    public const string VendorCannotBePaid = "the vendor of this app cannot take card payments";
    public const string NotCompleted = "the card payment did not complete in time";
    public const string AuthenticationRequired = "the bank asks for the card holder's confirmation";

    private const string DeclinedPrefix = "the card was declined (";

    public static string Declined(string? declineCode) => $"{DeclinedPrefix}{declineCode ?? "no reason given"})";

    /// <summary>The bank's decline code in a reason made by <see cref="Declined"/>, or null for any other reason.</summary>
    public static string? DeclineCodeOf(string reason) =>
        reason.StartsWith(DeclinedPrefix, StringComparison.Ordinal) && reason.EndsWith(')') ? reason[DeclinedPrefix.Length..^1] : null;
}
