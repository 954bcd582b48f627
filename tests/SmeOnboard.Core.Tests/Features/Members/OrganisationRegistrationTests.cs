using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Members;

public sealed class OrganisationRegistrationTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Signing_up_a_firm_creates_the_organisation_its_admin_the_membership_the_role_and_an_audit_entry(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var profile = TestProfiles.Firm();
        var email = IdentityHarness.UniqueEmail();

        var result = await portal.Anonymous<OrganisationRegistration>()
            .RegisterAsync(OrganisationKind.Firm, profile, new NewAccount("Li Wei", $" {email} ", IdentityHarness.Password));

        Assert.True(result.Succeeded);
        var users = portal.Anonymous<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        Assert.Equal((result.Value.Id, "Li Wei", email, portal.Clock.GetUtcNow()), (user.Id, user.DisplayName, user.Email, user.CreatedAt));
        Assert.True(await users.CheckPasswordAsync(user, IdentityHarness.Password));
        Assert.Equal([Roles.FirmAdmin], await users.GetRolesAsync(user));

        var membership = (await portal.Anonymous<MembershipStore>().FindForUserAsync(user.Id, Ct))!;
        Assert.Equal((Roles.FirmAdmin, OrganisationKind.Firm, profile.Name), (membership.Role, membership.OrganisationKind, membership.OrganisationName));
        var organisation = (await portal.Anonymous<OrganisationStore>().FindAsync(membership.OrgId, Ct))!;
        Assert.Equal((profile.Region, profile.IndustryCode, profile.HeadcountBand, profile.TurnoverBand, 1),
            (organisation.Region, organisation.IndustryCode, organisation.HeadcountBand, organisation.TurnoverBand, organisation.Version));

        var entry = Assert.Single(await portal.As<AuditLog>(Actors.MemberOf(organisation)).ListForCurrentOrganisationAsync(10, Ct));
        Assert.Equal(("organisation.registered", nameof(Organisation), organisation.Id.ToString(), user.Id, "Li Wei"),
            (entry.Action, entry.EntityType, entry.EntityId, entry.ActorUserId, entry.ActorName));
        Assert.Contains(email, entry.Summary, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task Signing_up_a_vendor_makes_its_first_member_a_vendor_developer(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);

        var result = await portal.Anonymous<OrganisationRegistration>()
            .RegisterAsync(OrganisationKind.Vendor, TestProfiles.Vendor(), TestProfiles.Account());

        var membership = (await portal.Anonymous<MembershipStore>().FindForUserAsync(result.Value.Id, Ct))!;
        Assert.Equal((Roles.VendorDeveloper, OrganisationKind.Vendor), (membership.Role, membership.OrganisationKind));
        Assert.Equal([Roles.VendorDeveloper], await portal.Anonymous<UserManager<AppUser>>().GetRolesAsync(result.Value));
    }

    [Theory, BothDatabases]
    public async Task Agencies_and_the_platform_cannot_sign_themselves_up(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var account = TestProfiles.Account();

        foreach (var kind in new[] { OrganisationKind.Government, OrganisationKind.Platform })
        {
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
                portal.Anonymous<OrganisationRegistration>().RegisterAsync(kind, TestProfiles.Agency(), account));
        }
        Assert.Equal(0, await CountUsersAsync(portal, account.Email));
    }

    [Theory, BothDatabases]
    public async Task A_taken_email_is_refused_as_a_duplicate_and_nothing_new_is_created(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var profile = TestProfiles.Firm();

        var result = await portal.Anonymous<OrganisationRegistration>()
            .RegisterAsync(OrganisationKind.Firm, profile, TestProfiles.Account($"  {firm.Admin.Email!.ToUpperInvariant()} "));

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(NewAccount.Email), "Errors.DuplicateEmail"), (error.Field, error.Code));
        Assert.Equal(1, await CountUsersAsync(portal, firm.Admin.Email));
        await AssertNoOrganisationAsync(portal, profile.Name);
    }

    [Theory, BothDatabases]
    public async Task A_weak_password_is_refused_on_the_password_field_and_nothing_is_created(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var profile = TestProfiles.Firm();
        var account = TestProfiles.Account(password: "short");

        var result = await portal.Anonymous<OrganisationRegistration>().RegisterAsync(OrganisationKind.Firm, profile, account);

        Assert.All(result.Errors, error => Assert.Equal(nameof(NewAccount.Password), error.Field));
        Assert.Equal(
            ["Identity.PasswordRequiresDigit", "Identity.PasswordTooShort"],
            result.Errors.Select(error => error.Code).Order(StringComparer.Ordinal));
        Assert.Equal(0, await CountUsersAsync(portal, account.Email));
        await AssertNoOrganisationAsync(portal, profile.Name);
    }

    [Theory, BothDatabases]
    public async Task An_invalid_profile_is_refused_field_by_field_and_nothing_is_created(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var name = TestProfiles.UniqueName("Vendor");
        var profile = new CompanyProfile { Name = name, Region = "Atlantis", Website = "http://insecure.example" };
        var account = TestProfiles.Account();

        var result = await portal.Anonymous<OrganisationRegistration>().RegisterAsync(OrganisationKind.Vendor, profile, account);

        Assert.Equal([nameof(CompanyProfile.Region), nameof(CompanyProfile.Website)], result.Errors.Select(error => error.Field));
        Assert.Equal(0, await CountUsersAsync(portal, account.Email));
        await AssertNoOrganisationAsync(portal, name);
    }

    [Theory, BothDatabases]
    public async Task Checking_reports_every_problem_at_once_and_creates_nothing(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var profile = new CompanyProfile { Name = " ", Region = "CN-SH" };

        var errors = await portal.Anonymous<OrganisationRegistration>().CheckAsync(
            OrganisationKind.Firm, profile, new NewAccount(" ", firm.Admin.Email!, "passwordpassword"));

        Assert.Equal(
            [
                (nameof(CompanyProfile.Name), "Errors.OrganisationNameRequired"),
                (nameof(CompanyProfile.IndustryCode), "Errors.IndustryRequired"),
                (nameof(CompanyProfile.HeadcountBand), "Errors.HeadcountRequired"),
                (nameof(CompanyProfile.TurnoverBand), "Errors.TurnoverRequired"),
                (nameof(NewAccount.DisplayName), "Errors.DisplayNameRequired"),
                (nameof(NewAccount.Email), "Errors.DuplicateEmail"),
                (nameof(NewAccount.Password), "Identity.PasswordRequiresDigit"),
            ],
            errors.Select(error => (error.Field, error.Code)));
        Assert.Equal(1, await CountUsersAsync(portal, firm.Admin.Email!));
    }

    [Theory, BothDatabases]
    public async Task Checking_a_valid_sign_up_finds_no_problem_and_creates_nothing(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var profile = TestProfiles.Firm();
        var account = TestProfiles.Account();

        var errors = await portal.Anonymous<OrganisationRegistration>().CheckAsync(OrganisationKind.Firm, profile, account);

        Assert.Empty(errors);
        Assert.Equal(0, await CountUsersAsync(portal, account.Email));
        await AssertNoOrganisationAsync(portal, profile.Name);
    }

    [Theory, BothDatabases]
    public async Task A_malformed_email_is_refused(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);

        var result = await portal.Anonymous<OrganisationRegistration>()
            .RegisterAsync(OrganisationKind.Firm, TestProfiles.Firm(), TestProfiles.Account("not an email"));

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(NewAccount.Email), "Errors.EmailInvalid"), (error.Field, error.Code));
    }

    [Theory, BothDatabases]
    public async Task Simultaneous_sign_ups_with_one_email_leave_exactly_one_user_and_one_organisation(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var email = IdentityHarness.UniqueEmail();
        var prefix = TestProfiles.UniqueName("Race");
        var contenders = Enumerable.Range(0, 4).Select(_ => portal.Anonymous<OrganisationRegistration>()).ToList();

        // Task.Run lets every contender pass the "is the email free?" check before any of them inserts.
        var results = await Task.WhenAll(contenders.Select((registration, i) => Task.Run(() =>
            registration.RegisterAsync(OrganisationKind.Firm, TestProfiles.Firm($"{prefix} {i}"), TestProfiles.Account(email)), Ct)));

        Assert.Single(results, result => result.Succeeded);
        Assert.All(results.Where(result => !result.Succeeded), result => Assert.Equal("Errors.DuplicateEmail", Assert.Single(result.Errors).Code));
        Assert.Equal(1, await CountUsersAsync(portal, email));
        Assert.Equal(1, await portal.CountAsync("SELECT COUNT(*) FROM organisations WHERE name LIKE @pattern", new { pattern = prefix + "%" }));
    }

    [Theory, BothDatabases]
    public async Task When_granting_the_role_fails_nothing_of_the_sign_up_remains(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        await InjectedFaults.InstallAsync(portal.Database);
        var profile = TestProfiles.Firm();
        var account = TestProfiles.Account($"{InjectedFaults.RoleGrantEmailPrefix}{Guid.NewGuid():N}@example.test");

        await Assert.ThrowsAnyAsync<DbException>(() =>
            portal.Anonymous<OrganisationRegistration>().RegisterAsync(OrganisationKind.Firm, profile, account));

        Assert.Equal(0, await CountUsersAsync(portal, account.Email));
        await AssertNoOrganisationAsync(portal, profile.Name);
    }

    [Theory, BothDatabases]
    public async Task When_adding_the_membership_fails_nothing_of_the_sign_up_remains(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        await InjectedFaults.InstallAsync(portal.Database);
        var profile = TestProfiles.Firm(TestProfiles.UniqueName(InjectedFaults.MembershipOrganisationPrefix.TrimEnd()));
        var account = TestProfiles.Account();

        await Assert.ThrowsAnyAsync<DbException>(() =>
            portal.Anonymous<OrganisationRegistration>().RegisterAsync(OrganisationKind.Firm, profile, account));

        Assert.Equal(0, await CountUsersAsync(portal, account.Email));
        await AssertNoOrganisationAsync(portal, profile.Name);
    }

    [Theory, BothDatabases]
    public async Task Creating_an_agency_makes_a_government_organisation_and_records_it(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var profile = TestProfiles.Agency();

        var result = await portal.Anonymous<OrganisationRegistration>().CreateAgencyAsync(profile);

        var agency = (await portal.Anonymous<OrganisationStore>().FindAsync(result.Value.Id, Ct))!;
        Assert.Equal((OrganisationKind.Government, profile.Name, profile.Region), (agency.Kind, agency.Name, agency.Region));
        var entry = Assert.Single(await portal.As<AuditLog>(Actors.MemberOf(agency, Roles.GovOfficer)).ListForCurrentOrganisationAsync(10, Ct));
        Assert.Equal(("organisation.agency-created", agency.Id.ToString()), (entry.Action, entry.EntityId));
    }

    [Theory, BothDatabases]
    public async Task An_agency_without_a_region_is_refused_and_not_created(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var name = TestProfiles.UniqueName("Agency");

        var result = await portal.Anonymous<OrganisationRegistration>().CreateAgencyAsync(new CompanyProfile { Name = name });

        Assert.Equal(nameof(CompanyProfile.Region), Assert.Single(result.Errors).Field);
        await AssertNoOrganisationAsync(portal, name);
    }

    private static Task<long> CountUsersAsync(PortalHarness portal, string email) =>
        portal.CountAsync("SELECT COUNT(*) FROM users WHERE normalized_email = @email", new { email = email.Trim().ToUpperInvariant() });

    /// <summary>No organisation of that name, and so no membership of it; no audit entry naming it either.</summary>
    private static async Task AssertNoOrganisationAsync(PortalHarness portal, string name)
    {
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM organisations WHERE name = @name", new { name }));
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM audit_log WHERE summary LIKE @pattern", new { pattern = $"%{name}%" }));
    }
}
