using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using SmeOnboard.Core.Features.Vouchers.Reports;
using SmeOnboard.Web.Resources;

namespace SmeOnboard.Web.Features.Vouchers.Reports;

/// <summary>The dashboard's figures as CSV, named in the reader's language; another agency's programme answers 404.</summary>
public static class ReportExportEndpoint
{
    public static async Task<Results<FileContentHttpResult, NotFound>> Csv(
        Guid programmeId, ProgrammeReportStore reports, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        if (await reports.ReadAsync(programmeId, cancellationToken) is not { } report)
            return TypedResults.NotFound();
        var bytes = ProgrammeReportCsv.Write(report, CultureInfo.CurrentUICulture.Name, key => localizer[key]);
        return TypedResults.File(bytes, "text/csv; charset=utf-8", ProgrammeReportCsv.FileName(report));
    }
}
