using System.Globalization;

namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>Minor units as people read them (two decimals, the usual for CNY, EUR, GBP), for audit lines and emails.</summary>
public static class Money
{
    public static string Format(long minor, string currency) =>
        string.Create(CultureInfo.InvariantCulture, $"{currency} {minor / 100m:N2}");
}
