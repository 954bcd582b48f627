namespace SmeOnboard.Core.Features.Checkout;

/// <summary>
/// Stripe's documented test card numbers the embedded sandbox accepts, and what each does: succeed, or decline with
/// Stripe's decline code. Any other number is refused as not a test card, so no real card number is ever taken.
/// </summary>
public static class SandboxCard
{
    private static readonly Dictionary<string, string?> Outcomes = new(StringComparer.Ordinal)
    {
        ["4242424242424242"] = null,
        ["4000056655665556"] = null,
        ["5555555555554444"] = null,
        ["378282246310005"] = null,
        ["4000000000000002"] = "card_declined",
        ["4000000000009995"] = "insufficient_funds",
        ["4000000000009987"] = "lost_card",
        ["4000000000000069"] = "expired_card",
        ["4000000000000127"] = "incorrect_cvc",
    };

    /// <summary>Whether the number (spaces and dashes allowed) is a test card, and if so its decline code (null: it pays).</summary>
    public static bool TryOutcome(string number, out string? declineCode)
    {
        var digits = new string(number.Where(c => c is not (' ' or '-')).ToArray());
        return Outcomes.TryGetValue(digits, out declineCode);
    }
}
