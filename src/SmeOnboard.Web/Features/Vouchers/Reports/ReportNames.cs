using System.Globalization;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Web.Features.Vouchers.Reports;

/// <summary>Profile and category codes of a report named in the reader's language; a missing code reads as "not stated".</summary>
public static class ReportNames
{
    public static string Of(IReadOnlyList<ProfileChoice> choices, string? code, string notStated) =>
        choices.FirstOrDefault(c => c.Code == code)?.NameIn(CultureInfo.CurrentUICulture.Name) ?? (code is null ? notStated : code);

    public static string Category(string code) => Of(MarketplaceChoices.Categories, code, code);

    /// <summary>Minor units as a chart's height, in major units; the exact figures are printed beside each chart.</summary>
    public static double Major(long minor) => minor / 100d;
}
