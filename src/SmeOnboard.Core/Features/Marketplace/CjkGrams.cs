using System.Text;

namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>
/// Search words of one or two CJK characters, which are shorter than a trigram: migration 0027 indexes every CJK
/// character and every pair of adjacent ones of an app's texts, so such a word is found by its exact gram. The ranges
/// are the migration's: kana, CJK extension A, unified ideographs, Hangul syllables, compatibility ideographs.
/// </summary>
public static class CjkGrams
{
    /// <summary>True when <paramref name="word"/> is one or two CJK characters, i.e. one indexed gram.</summary>
    public static bool IsGram(string word)
    {
        var runes = word.EnumerateRunes().ToList();
        return runes.Count is 1 or 2 && runes.All(IsCjk);
    }

    private static bool IsCjk(Rune rune) => rune.Value is
        (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF);
}
