using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Organisations;

public static class OrganisationsModule
{
    public static IServiceCollection AddOrganisations(this IServiceCollection services) => services
        .AddScoped<MemberInvitations>()
        .AddNavEntry(new NavEntry("/organisation", "Nav.Organisation", Filled.Business, Policies.OrganisationMember, 20))
        .AddNavEntry(new NavEntry("/organisation/members", "Nav.Members", Filled.People, Policies.OrganisationMember, 30));

    public static IEndpointRouteBuilder MapOrganisations(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Organisation");
        api.MapGet("/me", GetMe).RequireAuthorization(Policies.OrganisationMember);
        api.MapGet("/organisation", GetOrganisation).RequireAuthorization(Policies.OrganisationMember);
        api.MapGet("/organisation/members", async (MembershipStore members) => TypedResults.Ok(await members.ListCurrentAsync()))
            .RequireAuthorization(Policies.OrganisationMember);
        api.MapDelete("/organisation/invitations/{id:guid}", RevokeInvitation).RequireAuthorization(Policies.OrganisationAdmin);
        return endpoints;
    }

    private static Ok<MeResponse> GetMe(ICurrentActor actor, ClaimsPrincipal user) =>
        TypedResults.Ok(new MeResponse(
            actor.UserId!.Value,
            actor.Name,
            actor.OrganisationId!.Value,
            user.FindFirstValue(PortalClaimTypes.OrganisationName) ?? "",
            actor.OrganisationKind!.Value,
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList()));

    private static async Task<Results<Ok<Organisation>, NotFound>> GetOrganisation(OrganisationStore organisations) =>
        await organisations.GetCurrentAsync() is { } organisation ? TypedResults.Ok(organisation) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> RevokeInvitation(Guid id, InvitationStore invitations, AuditLog audit)
    {
        if (!await invitations.RevokeForCurrentAsync(id))
        {
            // Another organisation's invitation looks exactly like a missing one.
            return TypedResults.NotFound();
        }
        await audit.RecordAsync(new AuditRecord("member.invitation-revoked", nameof(Invitation), id.ToString(), "Invitation withdrawn through the API"));
        return TypedResults.NoContent();
    }
}

public sealed record MeResponse(Guid UserId, string Name, Guid OrganisationId, string OrganisationName, OrganisationKind OrganisationKind, IReadOnlyList<string> Roles);
