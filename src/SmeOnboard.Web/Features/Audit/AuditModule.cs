using Microsoft.AspNetCore.Http.HttpResults;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Audit;

public static class AuditModule
{
    /// <summary>How many of the newest entries a page shows.</summary>
    public const int PageSize = 200;

    public static IServiceCollection AddAudit(this IServiceCollection services) => services
        .AddAuditLog()
        .AddNavEntry(new NavEntry("/organisation/audit", "Nav.Audit", Filled.History, Policies.OrganisationMember, 40))
        .AddNavEntry(new NavEntry("/admin/audit", "Nav.PlatformAudit", Filled.ManageHistory, Policies.PlatformAdmin, 210));

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/audit/{id:long}", async Task<Results<Ok<AuditEntry>, NotFound>> (long id, AuditLog audit) =>
                await audit.FindForCurrentOrganisationAsync(id) is { } entry ? TypedResults.Ok(entry) : TypedResults.NotFound())
            .RequireAuthorization(Policies.OrganisationMember)
            .WithTags("Audit");
        return endpoints;
    }
}
