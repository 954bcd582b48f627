using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>
/// Comparable forms of what organisations write about themselves, so "Rm 501, 88 Xinghu St." and "88 XINGHU STREET,
/// ROOM 501" match: full-width characters folded (NFKC), case and punctuation dropped, common address words
/// abbreviated, and words sorted (a director's family name may come first or last).
/// </summary>
public static class IdentityKeys
{
    /// <summary>Keys shorter than this say too little to match on (an address of "1" or a director "Li").</summary>
    public const int MinimumKeyLength = 5;

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["street"] = "st", ["road"] = "rd", ["avenue"] = "ave", ["building"] = "bldg", ["room"] = "rm", ["floor"] = "fl",
        ["district"] = "dist", ["number"] = "", ["no"] = "", ["unit"] = "", ["suite"] = "",
    };

    public static string? Address(string? text)
    {
        var words = Words(text).Select(w => Abbreviations.GetValueOrDefault(w, w)).Where(w => w.Length > 0).Order(StringComparer.Ordinal);
        return Long(string.Join(' ', words));
    }

    /// <summary>One key per director, for a list separated by commas, semicolons or 、.</summary>
    public static IReadOnlyList<string> Directors(string? text) =>
        (text ?? "").Split([',', ';', '、', '；', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Long(string.Join(' ', Words(name).Order(StringComparer.Ordinal))))
            .OfType<string>().Distinct().ToList();

    /// <summary>The account number (or IBAN) with spaces, dashes and case removed; null when too short to be one.</summary>
    public static string? BankAccount(string? text)
    {
        var folded = new string((text ?? "").Normalize(NormalizationForm.FormKC).Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
        return folded.Length >= 6 ? folded : null;
    }

    public static string BankAccountHash(string normalisedAccount) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("smeonboard-bank-account:" + normalisedAccount)));

    private static IEnumerable<string> Words(string? text)
    {
        var folded = (text ?? "").Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var builder = new StringBuilder();
        foreach (var c in folded)
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string? Long(string key) => key.Replace(" ", "", StringComparison.Ordinal).Length >= MinimumKeyLength ? key : null;
}
