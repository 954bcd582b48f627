using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SmeOnboard.Core.Features.Kpis;

namespace SmeOnboard.Web.Features.Kpis;

/// <summary>
/// CSV downloads of a dashboard over the period the page shows (from and to as yyyy-MM-dd, both or neither; neither
/// means the page's default). Another firm's installation, or a table it does not have, answers 404.
/// </summary>
public static class KpiExportEndpoints
{
    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> Figures(
        Guid installationId, DateOnly? from, DateOnly? to, KpiDashboardReader reader, CancellationToken cancellationToken)
    {
        var (period, error) = Period(from, to);
        if (error is not null)
            return error;
        if (await reader.ReadAsync(installationId, period, cancellationToken) is not { } dashboard)
            return TypedResults.NotFound();
        return Csv(KpiCsv.Figures(dashboard, CultureInfo.CurrentUICulture.Name), KpiCsv.FileName(dashboard, "kpis"));
    }

    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> Rows(
        Guid installationId, string tableId, DateOnly? from, DateOnly? to, KpiDashboardReader reader, CancellationToken cancellationToken)
    {
        var (period, error) = Period(from, to);
        if (error is not null)
            return error;
        if (await reader.ReadAsync(installationId, period, cancellationToken) is not { } dashboard
            || dashboard.Table(tableId) is not { } table)
            return TypedResults.NotFound();
        return Csv(KpiCsv.Rows(table), KpiCsv.FileName(dashboard, table.Table.Id.Replace('_', '-')));
    }

    private static (KpiPeriod? Period, ValidationProblem? Error) Period(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        (null, null) => (null, null),
        ({ } start, { } end) when start <= end => (new KpiPeriod(start, end), null),
        ({ }, { }) => (null, Invalid("to", "The period ends before it starts.")),
        _ => (null, Invalid(from is null ? "from" : "to", "Give both from and to (yyyy-MM-dd), or neither.")),
    };

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    private static FileContentHttpResult Csv(string text, string fileName) =>
        TypedResults.File([.. KpiCsv.Encoding.GetPreamble(), .. KpiCsv.Encoding.GetBytes(text)], "text/csv; charset=utf-8", fileName);
}
