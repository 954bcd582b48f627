using System.Globalization;
using Microsoft.Extensions.Localization;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers;

namespace SmeOnboard.Web.Features.Vouchers;

/// <summary>An ineligibility reason in the reader's language, with profile codes turned into their names.</summary>
public static class ReasonText
{
    public static string Describe(this IStringLocalizer L, IneligibilityReason reason)
    {
        var text = L[reason.Code];
        if (text.ResourceNotFound)
        {
            return reason.Message;
        }
        var choices = reason.Code switch
        {
            var c when c.StartsWith("Vouchers.Ineligible.Region", StringComparison.Ordinal) => ProfileChoices.Regions,
            var c when c.StartsWith("Vouchers.Ineligible.Industry", StringComparison.Ordinal) => ProfileChoices.Industries,
            var c when c.StartsWith("Vouchers.Ineligible.Headcount", StringComparison.Ordinal) => ProfileChoices.HeadcountBands,
            var c when c.StartsWith("Vouchers.Ineligible.Turnover", StringComparison.Ordinal) => ProfileChoices.TurnoverBands,
            _ => null,
        };
        var culture = CultureInfo.CurrentUICulture.Name;
        var arguments = reason.Arguments.Select(argument => choices is null
            ? argument
            : string.Join(", ", argument.Split(',').Select(code => choices.FirstOrDefault(c => c.Code == code)?.NameIn(culture) ?? code))).ToArray<object>();
        return string.Format(CultureInfo.CurrentCulture, text.Value, arguments);
    }
}
