using SmeOnboard.Core.Features.Kpis;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Kpis;

/// <summary>
/// KPI dashboards of the templates a firm installed, and their CSV downloads. The rows come from the workspace
/// (<see cref="Core.Features.Workspace.IWorkspaceData"/>), which the template installation feature registers.
/// </summary>
public static class KpisModule
{
    public static IServiceCollection AddKpis(this IServiceCollection services) => services
        .AddScoped<KpiDashboardReader>()
        .AddNavEntry(new NavEntry("/kpis", "Nav.Kpis", Filled.QueryStats, Policies.Firm, 15));

    public static IEndpointRouteBuilder MapKpis(this IEndpointRouteBuilder endpoints)
    {
        var downloads = endpoints.MapGroup("/kpis/{installationId:guid}").RequireAuthorization(Policies.Firm);
        downloads.MapGet("/figures.csv", KpiExportEndpoints.Figures);
        downloads.MapGet("/tables/{tableId}.csv", KpiExportEndpoints.Rows);
        return endpoints;
    }
}
