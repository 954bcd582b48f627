using System.Security.Claims;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Tenancy;

/// <summary>How the portal's cookie claims become the actor every store filters by; no database involved.</summary>
public sealed class CurrentActorTests
{
    [Fact]
    public void A_member_is_read_from_the_portal_claims()
    {
        var organisation = new Organisation { Id = Guid.NewGuid(), Kind = OrganisationKind.Vendor, Name = "Cloud MES" };
        var userId = Guid.NewGuid();

        var actor = ActorFor(Actors.MemberOf(organisation, Roles.VendorDeveloper, userId, "Wang Fang"));

        Assert.Equal((true, userId, "Wang Fang", organisation.Id, OrganisationKind.Vendor),
            (actor.IsAuthenticated, actor.UserId, actor.Name, actor.OrganisationId, actor.OrganisationKind));
        Assert.Equal(organisation.Id, actor.RequireOrganisationId());
        Assert.True(actor.IsInRole(Roles.VendorDeveloper));
        Assert.False(actor.IsInRole(Roles.PlatformAdmin));
    }

    [Fact]
    public void Nobody_signed_in_is_the_system_with_no_organisation()
    {
        var actor = ActorFor(null);

        Assert.Equal((false, null, "system", null, null),
            (actor.IsAuthenticated, actor.UserId, actor.Name, actor.OrganisationId, actor.OrganisationKind));
        Assert.Throws<UnauthorizedAccessException>(() => actor.RequireOrganisationId());
    }

    [Fact]
    public void A_signed_in_person_without_an_organisation_cannot_act_for_one()
    {
        var actor = ActorFor(Actors.WithoutOrganisation());

        Assert.True(actor.IsAuthenticated);
        Assert.Null(actor.OrganisationId);
        Assert.Throws<UnauthorizedAccessException>(() => actor.RequireOrganisationId());
    }

    [Fact]
    public void Without_a_display_name_the_sign_in_name_is_used()
    {
        var actor = ActorFor(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "li.wei@firm.example")], "Test")));

        Assert.Equal("li.wei@firm.example", actor.Name);
    }

    [Fact]
    public void Malformed_organisation_claims_count_as_no_organisation()
    {
        var actor = ActorFor(new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "not-a-guid"),
                new Claim(PortalClaimTypes.OrganisationId, "not-a-guid"),
                new Claim(PortalClaimTypes.OrganisationKind, "Bank"),
            ],
            "Test")));

        Assert.Equal((null, null, null), (actor.UserId, actor.OrganisationId, actor.OrganisationKind));
        Assert.Throws<UnauthorizedAccessException>(() => actor.RequireOrganisationId());
    }

    private static CurrentActor ActorFor(ClaimsPrincipal? user)
    {
        var principal = new CurrentPrincipal();
        if (user is not null)
        {
            principal.Set(user);
        }
        return new CurrentActor(principal);
    }
}
