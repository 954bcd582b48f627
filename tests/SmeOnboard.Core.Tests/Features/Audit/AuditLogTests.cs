using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Audit;

/// <summary>That entries cannot be changed or deleted is shown by the migration tests (Data/MigrationTests).</summary>
public sealed class AuditLogTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Recording_writes_the_acting_person_their_organisation_the_time_and_the_summary(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var organisation = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var userId = Guid.NewGuid();
        var actor = Actors.MemberOf(organisation, userId: userId, name: "Chen Jie");

        await portal.As<AuditLog>(actor).RecordAsync(
            new AuditRecord("organisation.profile-updated", nameof(Organisation), organisation.Id.ToString(), "headcount 10-49 → 50-99"), Ct);

        var entry = Assert.Single(await portal.As<AuditLog>(actor).ListForCurrentOrganisationAsync(10, Ct));
        Assert.Equal(
            (portal.Clock.GetUtcNow(), userId, "Chen Jie", organisation.Id, "organisation.profile-updated", nameof(Organisation), organisation.Id.ToString(), "headcount 10-49 → 50-99"),
            (entry.OccurredAt, entry.ActorUserId, entry.ActorName, entry.OrgId, entry.Action, entry.EntityType, entry.EntityId, entry.Summary));
    }

    [Theory, BothDatabases]
    public async Task An_actor_named_on_the_record_is_recorded_instead_of_the_signed_in_person(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var organisation = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var newcomer = Guid.NewGuid();

        await portal.As<AuditLog>(Actors.MemberOf(organisation, name: "Signed In")).RecordAsync(
            new AuditRecord("member.joined", "Member", newcomer.ToString(), "joined") { Actor = (newcomer, "Newcomer") }, Ct);

        var entry = Assert.Single(await portal.As<AuditLog>(Actors.MemberOf(organisation)).ListForCurrentOrganisationAsync(10, Ct));
        Assert.Equal((newcomer, "Newcomer", organisation.Id), (entry.ActorUserId, entry.ActorName, entry.OrgId));
    }

    [Theory, BothDatabases]
    public async Task An_organisation_named_on_the_record_is_recorded_instead_of_the_actors_own(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var platform = await portal.CreateOrganisationAsync(OrganisationKind.Platform);
        var agency = await portal.CreateOrganisationAsync(OrganisationKind.Government);

        await portal.As<AuditLog>(Actors.MemberOf(platform, Roles.PlatformAdmin)).RecordAsync(
            new AuditRecord("member.invited", "Invitation", null, "officer invited", agency.Id), Ct);

        var entry = Assert.Single(await portal.As<AuditLog>(Actors.MemberOf(agency, Roles.GovOfficer)).ListForCurrentOrganisationAsync(10, Ct));
        Assert.Equal(("member.invited", null), (entry.Action, entry.EntityId));
        Assert.Empty(await portal.As<AuditLog>(Actors.MemberOf(platform, Roles.PlatformAdmin)).ListForCurrentOrganisationAsync(10, Ct));
    }

    [Theory, BothDatabases]
    public async Task Work_done_with_nobody_signed_in_is_recorded_as_the_system(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var organisation = await portal.CreateOrganisationAsync(OrganisationKind.Firm);

        await portal.Anonymous<AuditLog>().RecordAsync(new AuditRecord("demo.seeded", nameof(Organisation), null, "seeded", organisation.Id), Ct);

        var entry = Assert.Single(await portal.As<AuditLog>(Actors.MemberOf(organisation)).ListForCurrentOrganisationAsync(10, Ct));
        Assert.Equal((null, "system"), (entry.ActorUserId, entry.ActorName));
    }

    [Theory, BothDatabases]
    public async Task An_organisations_log_lists_its_own_entries_newest_first_up_to_the_limit(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var mine = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var theirs = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var log = portal.As<AuditLog>(Actors.MemberOf(mine));
        foreach (var summary in new[] { "first", "second", "third" })
        {
            await log.RecordAsync(new AuditRecord("test.step", "Test", null, summary), Ct);
        }
        await portal.As<AuditLog>(Actors.MemberOf(theirs)).RecordAsync(new AuditRecord("test.step", "Test", null, "theirs"), Ct);

        Assert.Equal(["third", "second"], (await log.ListForCurrentOrganisationAsync(2, Ct)).Select(entry => entry.Summary));
        Assert.Equal(["third", "second", "first"], (await log.ListForCurrentOrganisationAsync(10, Ct)).Select(entry => entry.Summary));
    }

    [Theory, BothDatabases]
    public async Task An_entry_is_found_by_its_own_organisation_only(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var mine = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var theirs = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var log = portal.As<AuditLog>(Actors.MemberOf(mine));
        await log.RecordAsync(new AuditRecord("test.step", "Test", null, "mine"), Ct);
        var id = Assert.Single(await log.ListForCurrentOrganisationAsync(10, Ct)).Id;

        Assert.Equal("mine", (await log.FindForCurrentOrganisationAsync(id, Ct))?.Summary);
        Assert.Null(await portal.As<AuditLog>(Actors.MemberOf(theirs)).FindForCurrentOrganisationAsync(id, Ct));
    }

    [Theory, BothDatabases]
    public async Task Without_an_organisation_no_organisation_log_can_be_read(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var log = portal.As<AuditLog>(Actors.WithoutOrganisation());

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => log.ListForCurrentOrganisationAsync(10, Ct));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => log.FindForCurrentOrganisationAsync(1, Ct));
    }

    [Theory, BothDatabases]
    public async Task Only_platform_administrators_read_the_whole_log(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var vendor = await portal.CreateOrganisationAsync(OrganisationKind.Vendor);
        var platform = await portal.CreateOrganisationAsync(OrganisationKind.Platform);
        await portal.As<AuditLog>(Actors.MemberOf(firm)).RecordAsync(new AuditRecord("test.step", "Test", null, "firm"), Ct);
        await portal.As<AuditLog>(Actors.MemberOf(vendor, Roles.VendorDeveloper)).RecordAsync(new AuditRecord("test.step", "Test", null, "vendor"), Ct);

        foreach (var outsider in new[] { Actors.MemberOf(firm, Roles.FirmAdmin), Actors.MemberOf(platform, Roles.GovOfficer), Actors.Anonymous })
        {
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => portal.As<AuditLog>(outsider).ListAllAsync(10, Ct));
        }
        // Other tests write to the same log meanwhile, so look far enough back to find both entries.
        var all = await portal.As<AuditLog>(Actors.MemberOf(platform, Roles.PlatformAdmin)).ListAllAsync(100_000, Ct);
        Assert.Contains(all, entry => entry.OrgId == firm.Id);
        Assert.Contains(all, entry => entry.OrgId == vendor.Id);
        Assert.Equal(all.Select(entry => entry.Id).OrderDescending(), all.Select(entry => entry.Id));
    }

    [Theory, BothDatabases]
    public async Task An_entry_recorded_in_a_transaction_that_rolls_back_is_not_kept(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var organisation = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var log = portal.As<AuditLog>(Actors.MemberOf(organisation));

        await using (var connection = await portal.Database.Connections.OpenAsync(Ct))
        await using (var transaction = await connection.BeginTransactionAsync(Ct))
        {
            await log.RecordAsync(connection, transaction, new AuditRecord("test.step", "Test", null, "undone"));
            await transaction.RollbackAsync(Ct);
        }

        Assert.Empty(await log.ListForCurrentOrganisationAsync(10, Ct));
    }
}
