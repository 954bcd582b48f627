using System.Globalization;
using Microsoft.Extensions.Localization;
using SmeOnboard.Core.Features.Vouchers.Integrity;

namespace SmeOnboard.Web.Features.Vouchers.Integrity;

/// <summary>An integrity flag's reason in the reader's language.</summary>
public static class FlagText
{
    public static string Describe(this IStringLocalizer L, IntegrityFlag flag)
    {
        var text = L[flag.Code];
        return text.ResourceNotFound ? flag.Message : string.Format(CultureInfo.CurrentCulture, text.Value, flag.Arguments.ToArray<object>());
    }
}
