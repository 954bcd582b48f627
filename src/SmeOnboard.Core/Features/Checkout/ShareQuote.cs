namespace SmeOnboard.Core.Features.Checkout;

/// <summary>A price split into the voucher's share and the firm's remainder, in minor units of one currency.</summary>
public sealed class ShareQuote
{
    public long PriceMinor { get; init; }
    public long ShareMinor { get; init; }
    public string Currency { get; init; } = "";
    public int CoveragePercent { get; init; }

    public long RemainderMinor => PriceMinor - ShareMinor;

    public bool IsFullyCovered => RemainderMinor == 0;
}
