using System.Globalization;
using SmeOnboard.Core.Features.Kpis;

namespace SmeOnboard.Web.Features.Kpis;

/// <summary>How dashboard figures read: whole numbers without decimals, others with one, then the unit.</summary>
public static class KpiFormat
{
    public static string Value(double value, string unit)
    {
        var number = value.ToString(Math.Abs(value - Math.Round(value)) < 0.05 ? "N0" : "N1", CultureInfo.CurrentCulture);
        return unit.Length == 0 ? number : $"{number} {unit}";
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The query string the CSV downloads take for a period.</summary>
    public static string Query(KpiPeriod period) => $"?from={Day(period.From)}&to={Day(period.To)}";
}
