using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Web.Features.Demo;

/// <summary>The signed-in person a demo seed acts as, so what it does goes through the stores and the audit log as theirs would.</summary>
internal static class DemoActors
{
    public static ClaimsPrincipal As(Guid userId, string displayName, string role, Organisation organisation) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(PortalClaimTypes.DisplayName, displayName),
        new Claim(ClaimTypes.Role, role), new Claim(PortalClaimTypes.OrganisationId, organisation.Id.ToString()),
        new Claim(PortalClaimTypes.OrganisationKind, organisation.Kind.ToString()), new Claim(PortalClaimTypes.OrganisationName, organisation.Name),
    ], "Demo"));

    /// <summary>The demo officer and the bureau they work for, or null before the demo accounts exist.</summary>
    public static async Task<(AppUser Officer, Organisation Agency)?> OfficerAsync(UserManager<AppUser> users, MembershipStore memberships, OrganisationStore organisations)
    {
        var officer = await users.FindByEmailAsync(DemoAccounts.OfficerEmail);
        var membership = officer is null ? null : await memberships.FindForUserAsync(officer.Id);
        var agency = membership is null ? null : await organisations.FindAsync(membership.OrgId);
        return officer is null || agency is null ? null : (officer, agency);
    }
}
