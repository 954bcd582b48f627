using Dapper;
using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Members;

public sealed class InvitationTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task An_invitation_is_valid_for_seven_days_from_its_creation(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var email = IdentityHarness.UniqueEmail();

        var (invitation, _) = await portal.As<InvitationStore>(firm.Principal).CreateAsync(firm.Organisation.Id, $" {email} ", Roles.FirmMember, Ct);

        var now = portal.Clock.GetUtcNow();
        Assert.Equal((now, now + TimeSpan.FromDays(7)), (invitation.CreatedAt, invitation.ExpiresAt));
        Assert.Equal((firm.Organisation.Id, firm.Organisation.Name, email, Roles.FirmMember, firm.Admin.Id),
            (invitation.OrgId, invitation.OrganisationName, invitation.Email, invitation.Role, invitation.InvitedBy));
        Assert.Equal(InvitationState.Pending, invitation.StateAt(now));
        Assert.Equal(InvitationState.Expired, invitation.StateAt(invitation.ExpiresAt));
    }

    [Theory, BothDatabases]
    public async Task Only_a_signed_in_person_can_invite(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var organisation = await portal.CreateOrganisationAsync(Core.Features.Organisations.OrganisationKind.Firm);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            portal.Anonymous<InvitationStore>().CreateAsync(organisation.Id, IdentityHarness.UniqueEmail(), Roles.FirmMember, Ct));

        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM invitations WHERE org_id = @Id", new { organisation.Id }));
    }

    [Theory, BothDatabases]
    public async Task An_invitation_is_found_by_its_token_of_which_only_a_hash_is_stored(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var (invitation, token) = await InviteAsync(portal, firm);

        var found = await portal.Anonymous<InvitationStore>().FindByTokenAsync(token, Ct);

        Assert.Equivalent(invitation, found, strict: true);
        await using var connection = await portal.Database.Connections.OpenAsync(Ct);
        var row = await connection.QuerySingleAsync<string>(
            "SELECT id || '|' || email || '|' || role || '|' || token_hash FROM invitations WHERE id = @Id", new { invitation.Id });
        Assert.DoesNotContain(token, row, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM invitations WHERE token_hash = @token", new { token }));
    }

    [Theory, BothDatabases]
    public async Task An_unknown_token_finds_no_invitation(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);

        Assert.Null(await portal.Anonymous<InvitationStore>().FindByTokenAsync(Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()), Ct));
    }

    [Theory, BothDatabases]
    public async Task Accepting_an_invitation_creates_a_member_with_the_invited_role_and_marks_it_accepted(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var (invitation, token) = await InviteAsync(portal, firm);
        portal.Clock.Advance(TimeSpan.FromHours(1));

        var result = await portal.Anonymous<OrganisationRegistration>().AcceptInvitationAsync(token, "Zhang Min", IdentityHarness.Password);

        Assert.True(result.Succeeded);
        Assert.Equal((invitation.Email, "Zhang Min"), (result.Value.Email, result.Value.DisplayName));
        Assert.Equal([Roles.FirmMember], await portal.Anonymous<UserManager<AppUser>>().GetRolesAsync(result.Value));
        var membership = (await portal.Anonymous<MembershipStore>().FindForUserAsync(result.Value.Id, Ct))!;
        Assert.Equal((firm.Organisation.Id, Roles.FirmMember), (membership.OrgId, membership.Role));
        var accepted = (await portal.Anonymous<InvitationStore>().FindByTokenAsync(token, Ct))!;
        Assert.Equal(portal.Clock.GetUtcNow(), accepted.AcceptedAt);
        Assert.Equal(InvitationState.Accepted, accepted.StateAt(portal.Clock.GetUtcNow()));
        var joined = (await portal.As<AuditLog>(firm.Principal).ListForCurrentOrganisationAsync(1, Ct))[0];
        Assert.Equal(("member.joined", result.Value.Id, "Zhang Min"), (joined.Action, joined.ActorUserId, joined.ActorName));
    }

    [Theory, BothDatabases]
    public async Task An_invitation_cannot_be_accepted_twice(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var (invitation, token) = await InviteAsync(portal, firm);
        await portal.Anonymous<OrganisationRegistration>().AcceptInvitationAsync(token, "First", IdentityHarness.Password);

        var again = await portal.Anonymous<OrganisationRegistration>().AcceptInvitationAsync(token, "Second", IdentityHarness.Password);

        Assert.Equal("Errors.InvitationUsed", Assert.Single(again.Errors).Code);
        Assert.Equal(2, await CountMembersAsync(portal, firm));
        Assert.Equal(1, await CountUsersAsync(portal, invitation.Email));
    }

    [Theory, BothDatabases]
    public async Task Accepting_one_invitation_twice_at_once_creates_one_member(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var (_, token) = await InviteAsync(portal, firm);
        var contenders = Enumerable.Range(0, 3).Select(_ => portal.Anonymous<OrganisationRegistration>()).ToList();

        var results = await Task.WhenAll(contenders.Select(registration => Task.Run(() =>
            registration.AcceptInvitationAsync(token, "Eager Person", IdentityHarness.Password), Ct)));

        Assert.Single(results, result => result.Succeeded);
        Assert.Equal(2, await CountMembersAsync(portal, firm));
    }

    [Theory, BothDatabases]
    public async Task A_revoked_invitation_cannot_be_accepted(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var (invitation, token) = await InviteAsync(portal, firm);
        Assert.True(await portal.As<InvitationStore>(firm.Principal).RevokeForCurrentAsync(invitation.Id, Ct));

        var result = await portal.Anonymous<OrganisationRegistration>().AcceptInvitationAsync(token, "Too Late", IdentityHarness.Password);

        Assert.Equal("Errors.InvitationRevoked", Assert.Single(result.Errors).Code);
        Assert.Equal(0, await CountUsersAsync(portal, invitation.Email));
    }

    [Theory, BothDatabases]
    public async Task An_expired_invitation_cannot_be_accepted(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var (invitation, token) = await InviteAsync(portal, firm);
        portal.Clock.Advance(InvitationStore.Lifetime);

        var result = await portal.Anonymous<OrganisationRegistration>().AcceptInvitationAsync(token, "Too Late", IdentityHarness.Password);

        Assert.Equal("Errors.InvitationExpired", Assert.Single(result.Errors).Code);
        Assert.Equal(0, await CountUsersAsync(portal, invitation.Email));
    }

    [Theory, BothDatabases]
    public async Task An_invitation_is_still_accepted_a_second_before_it_expires(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var (_, token) = await InviteAsync(portal, firm);
        portal.Clock.Advance(InvitationStore.Lifetime - TimeSpan.FromSeconds(1));

        var result = await portal.Anonymous<OrganisationRegistration>().AcceptInvitationAsync(token, "Just In Time", IdentityHarness.Password);

        Assert.True(result.Succeeded);
    }

    [Theory, BothDatabases]
    public async Task An_unknown_token_cannot_be_accepted(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);

        var result = await portal.Anonymous<OrganisationRegistration>().AcceptInvitationAsync("not-a-token", "Nobody", IdentityHarness.Password);

        Assert.Equal("Errors.InvitationUnknown", Assert.Single(result.Errors).Code);
    }

    [Theory, BothDatabases]
    public async Task Accepting_with_a_weak_password_creates_nothing_and_leaves_the_invitation_open(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var (invitation, token) = await InviteAsync(portal, firm);

        var result = await portal.Anonymous<OrganisationRegistration>().AcceptInvitationAsync(token, "Weak Password", "weak");

        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, error => Assert.Equal(nameof(NewAccount.Password), error.Field));
        Assert.Equal(0, await CountUsersAsync(portal, invitation.Email));
        await AssertPendingAsync(portal, token);
    }

    [Theory, BothDatabases]
    public async Task Accepting_for_an_email_that_already_has_an_account_is_refused_and_leaves_the_invitation_open(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var other = await portal.RegisterFirmAsync();
        var (_, token) = await portal.As<InvitationStore>(firm.Principal).CreateAsync(firm.Organisation.Id, other.Admin.Email!, Roles.FirmMember, Ct);

        var result = await portal.Anonymous<OrganisationRegistration>().AcceptInvitationAsync(token, "Already Here", IdentityHarness.Password);

        Assert.Equal("Errors.DuplicateEmail", Assert.Single(result.Errors).Code);
        Assert.Equal(1, await CountMembersAsync(portal, firm));
        await AssertPendingAsync(portal, token);
    }

    [Theory, BothDatabases]
    public async Task Another_organisations_invitation_cannot_be_revoked(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var intruder = await portal.RegisterFirmAsync();
        var (invitation, token) = await InviteAsync(portal, firm);

        var revoked = await portal.As<InvitationStore>(intruder.Principal).RevokeForCurrentAsync(invitation.Id, Ct);

        Assert.False(revoked);
        await AssertPendingAsync(portal, token);
    }

    [Theory, BothDatabases]
    public async Task An_accepted_invitation_cannot_be_revoked(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var (invitation, token) = await InviteAsync(portal, firm);
        await portal.Anonymous<OrganisationRegistration>().AcceptInvitationAsync(token, "Member", IdentityHarness.Password);

        Assert.False(await portal.As<InvitationStore>(firm.Principal).RevokeForCurrentAsync(invitation.Id, Ct));
        Assert.Null((await portal.Anonymous<InvitationStore>().FindByTokenAsync(token, Ct))!.RevokedAt);
    }

    [Theory, BothDatabases]
    public async Task Open_invitations_are_listed_newest_first_for_the_current_organisation_only(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var other = await portal.RegisterFirmAsync();
        await InviteAsync(portal, firm);
        portal.Clock.Advance(TimeSpan.FromDays(6));
        var (older, _) = await InviteAsync(portal, firm);
        portal.Clock.Advance(TimeSpan.FromSeconds(1));
        var (newer, _) = await InviteAsync(portal, firm);
        var (_, acceptedToken) = await InviteAsync(portal, firm);
        await portal.Anonymous<OrganisationRegistration>().AcceptInvitationAsync(acceptedToken, "Joined", IdentityHarness.Password);
        var (revoked, _) = await InviteAsync(portal, firm);
        await portal.As<InvitationStore>(firm.Principal).RevokeForCurrentAsync(revoked.Id, Ct);
        await InviteAsync(portal, other);
        // The first invitation, six days older than the rest, expires now; the others have six days left.
        portal.Clock.Advance(TimeSpan.FromDays(1));

        var pending = await portal.As<InvitationStore>(firm.Principal).ListPendingForCurrentAsync(Ct);

        Assert.Equal([newer.Id, older.Id], pending.Select(invitation => invitation.Id));
    }

    [Theory, BothDatabases]
    public async Task Without_an_organisation_no_invitations_are_listed_or_revoked(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var (invitation, token) = await InviteAsync(portal, firm);
        var store = portal.As<InvitationStore>(Actors.WithoutOrganisation(firm.Admin.Id));

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => store.ListPendingForCurrentAsync(Ct));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => store.RevokeForCurrentAsync(invitation.Id, Ct));
        await AssertPendingAsync(portal, token);
    }

    [Theory, BothDatabases]
    public async Task Deleting_the_person_who_invited_someone_keeps_the_invitation_open_without_an_inviter(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var (_, token) = await InviteAsync(portal, firm);
        var users = portal.Anonymous<UserManager<AppUser>>();

        var deleted = await users.DeleteAsync((await users.FindByIdAsync(firm.Admin.Id.ToString()))!);

        Assert.True(deleted.Succeeded);
        var invitation = await portal.Anonymous<InvitationStore>().FindByTokenAsync(token, Ct);
        Assert.Null(invitation!.InvitedBy);
        Assert.True((await portal.Anonymous<OrganisationRegistration>().AcceptInvitationAsync(token, "Still Welcome", IdentityHarness.Password)).Succeeded);
    }

    private static Task<(Invitation Invitation, string Token)> InviteAsync(PortalHarness portal, Registered firm) =>
        portal.As<InvitationStore>(firm.Principal).CreateAsync(firm.Organisation.Id, IdentityHarness.UniqueEmail(), Roles.FirmMember, Ct);

    private static async Task AssertPendingAsync(PortalHarness portal, string token)
    {
        var invitation = await portal.Anonymous<InvitationStore>().FindByTokenAsync(token, Ct);
        Assert.Equal(InvitationState.Pending, invitation?.StateAt(portal.Clock.GetUtcNow()));
    }

    private static Task<long> CountMembersAsync(PortalHarness portal, Registered firm) =>
        portal.CountAsync("SELECT COUNT(*) FROM memberships WHERE org_id = @Id", new { firm.Organisation.Id });

    private static Task<long> CountUsersAsync(PortalHarness portal, string email) =>
        portal.CountAsync("SELECT COUNT(*) FROM users WHERE normalized_email = @email", new { email = email.ToUpperInvariant() });
}
