using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Members;

public sealed class MembershipStoreTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task The_member_list_holds_the_current_organisations_members_by_name_and_no_one_else(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var other = await portal.RegisterFirmAsync();
        var (_, token) = await portal.As<InvitationStore>(firm.Principal).CreateAsync(firm.Organisation.Id, IdentityHarness.UniqueEmail(), Roles.FirmMember, Ct);
        var joined = (await portal.Anonymous<OrganisationRegistration>().AcceptInvitationAsync(token, "Aaron Invited", IdentityHarness.Password)).Value;

        var members = await portal.As<MembershipStore>(firm.Principal).ListCurrentAsync(Ct);

        Assert.Equal(
            [(joined.Id, "Aaron Invited", joined.Email!, Roles.FirmMember), (firm.Admin.Id, firm.Admin.DisplayName, firm.Admin.Email!, Roles.FirmAdmin)],
            members.Select(member => (member.UserId, member.DisplayName, member.Email, member.Role)));
        Assert.DoesNotContain(members, member => member.UserId == other.Admin.Id);
        Assert.Equal(portal.Clock.GetUtcNow(), members[0].JoinedAt);
    }

    [Theory, BothDatabases]
    public async Task Without_an_organisation_no_members_are_listed(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => portal.As<MembershipStore>(Actors.WithoutOrganisation()).ListCurrentAsync(Ct));
    }

    [Theory, BothDatabases]
    public async Task A_persons_membership_names_their_organisation_and_its_kind(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();

        var membership = await portal.Anonymous<MembershipStore>().FindForUserAsync(firm.Admin.Id, Ct);

        Assert.Equal((firm.Admin.Id, firm.Organisation.Id, Roles.FirmAdmin, firm.Organisation.Name, OrganisationKind.Firm),
            (membership!.UserId, membership.OrgId, membership.Role, membership.OrganisationName, membership.OrganisationKind));
        Assert.Null(await portal.Anonymous<MembershipStore>().FindForUserAsync(Guid.NewGuid(), Ct));
    }
}
