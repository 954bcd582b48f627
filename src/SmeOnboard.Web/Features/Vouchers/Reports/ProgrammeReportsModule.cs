using SmeOnboard.Core.Features.Vouchers.Reports;
using SmeOnboard.Web.Features.Authorization;

namespace SmeOnboard.Web.Features.Vouchers.Reports;

/// <summary>The officers' programme dashboard (/programmes/{id}/dashboard, linked from the programme page) and its CSV.</summary>
public static class ProgrammeReportsModule
{
    public static IServiceCollection AddProgrammeReportsFeature(this IServiceCollection services) => services.AddProgrammeReports();

    public static IEndpointRouteBuilder MapProgrammeReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/programmes/{programmeId:guid}/dashboard.csv", ReportExportEndpoint.Csv).RequireAuthorization(Policies.Government);
        return endpoints;
    }
}
