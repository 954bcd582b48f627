using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Web.Features.Account;

/// <summary>Puts the person's organisation and display name into the sign-in cookie, next to Identity's own claims.</summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<AppRole> roleManager,
    IOptions<IdentityOptions> options,
    MembershipStore memberships)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaimTypes.DisplayName, user.DisplayName));
        var membership = await memberships.FindForUserAsync(user.Id);
        if (membership is not null)
        {
            identity.AddClaim(new Claim(PortalClaimTypes.OrganisationId, membership.OrgId.ToString()));
            identity.AddClaim(new Claim(PortalClaimTypes.OrganisationKind, membership.OrganisationKind.ToString()));
            identity.AddClaim(new Claim(PortalClaimTypes.OrganisationName, membership.OrganisationName));
        }
        return identity;
    }
}
