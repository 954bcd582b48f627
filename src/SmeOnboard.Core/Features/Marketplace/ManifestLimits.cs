namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>The sizes and amounts a vetted manifest stays within; the app page and the database are sized for them.</summary>
public static class ManifestLimits
{
    /// <summary>Larger files are refused unread, so a hostile upload cannot make the validator parse gigabytes.</summary>
    public const long MaxFileBytes = 64 * 1024 * 1024;

    /// <summary>A real manifest is a few kilobytes; anything past this is reported even when it parses.</summary>
    public const long UsualFileBytes = 256 * 1024;

    public const int NameLength = 60;
    public const int TaglineLength = 140;
    public const int DescriptionLength = 4_000;
    public const int ReasonLength = 500;
    public const int MinReasonLength = 10;

    /// <summary>500,000.00 in major units: no small-manufacturer app costs more, so a higher price is a slip of the pen.</summary>
    public const long MaxAmountMinor = 50_000_000;

    public static readonly IReadOnlyList<string> Currencies = ["CNY", "EUR", "USD"];
}
