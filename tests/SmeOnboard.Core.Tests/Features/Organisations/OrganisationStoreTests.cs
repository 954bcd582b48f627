using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Organisations;

public sealed class OrganisationStoreTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_created_organisation_reads_back_with_every_field(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var profile = TestProfiles.Firm();
        var padded = new CompanyProfile
        {
            Name = $"  {profile.Name}  ", Region = profile.Region, IndustryCode = profile.IndustryCode,
            HeadcountBand = profile.HeadcountBand, TurnoverBand = profile.TurnoverBand, Website = "https://firm.example",
        };

        var created = await portal.CreateOrganisationAsync(OrganisationKind.Firm, padded);
        var stored = await portal.Anonymous<OrganisationStore>().FindAsync(created.Id, Ct);

        Assert.NotNull(stored);
        Assert.Equivalent(created, stored, strict: true);
        Assert.Equal(profile.Name, stored.Name);
        Assert.Equal((OrganisationKind.Firm, "CN-JS-SZ", "C25", "10-49", "1M-10M", "https://firm.example"),
            (stored.Kind, stored.Region, stored.IndustryCode, stored.HeadcountBand, stored.TurnoverBand, stored.Website));
        Assert.Equal(portal.Clock.GetUtcNow(), stored.CreatedAt);
        Assert.Equal(1, stored.Version);
    }

    [Theory, BothDatabases]
    public async Task An_unknown_id_finds_nothing(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);

        Assert.Null(await portal.Anonymous<OrganisationStore>().FindAsync(Guid.NewGuid(), Ct));
    }

    [Theory, BothDatabases]
    public async Task Listing_by_kind_holds_only_organisations_of_that_kind_in_name_order(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var prefix = TestProfiles.UniqueName("List");
        var second = await portal.CreateOrganisationAsync(OrganisationKind.Vendor, TestProfiles.Vendor($"{prefix} B"));
        var first = await portal.CreateOrganisationAsync(OrganisationKind.Vendor, TestProfiles.Vendor($"{prefix} A"));
        var firm = await portal.CreateOrganisationAsync(OrganisationKind.Firm, TestProfiles.Firm($"{prefix} C"));

        var vendors = await portal.Anonymous<OrganisationStore>().ListByKindAsync(OrganisationKind.Vendor, Ct);

        Assert.All(vendors, vendor => Assert.Equal(OrganisationKind.Vendor, vendor.Kind));
        Assert.Equal([first.Id, second.Id], vendors.Where(vendor => vendor.Name.StartsWith(prefix, StringComparison.Ordinal)).Select(vendor => vendor.Id));
        Assert.DoesNotContain(vendors, vendor => vendor.Id == firm.Id);
    }

    [Theory, BothDatabases]
    public async Task The_current_organisation_is_the_one_in_the_actors_claims(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var mine = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        await portal.CreateOrganisationAsync(OrganisationKind.Firm);

        var current = await portal.As<OrganisationStore>(Actors.MemberOf(mine)).GetCurrentAsync(Ct);

        Assert.Equal(mine.Id, current?.Id);
    }

    [Theory, BothDatabases]
    public async Task Saving_with_the_version_that_was_read_stores_the_profile_and_bumps_the_version(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var organisation = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var store = portal.As<OrganisationStore>(Actors.MemberOf(organisation));
        var edited = Edited(organisation.Name);

        var result = await store.UpdateCurrentProfileAsync(edited, organisation.Version, Ct);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Value.Version);
        var stored = (await store.FindAsync(organisation.Id, Ct))!;
        Assert.Equivalent(result.Value, stored, strict: true);
        Assert.Equal((edited.Name.Trim(), "CN-GD-DG", "C28", "50-99", "10M-50M"),
            (stored.Name, stored.Region, stored.IndustryCode, stored.HeadcountBand, stored.TurnoverBand));
        Assert.Equal((organisation.Kind, organisation.CreatedAt), (stored.Kind, stored.CreatedAt));
    }

    [Theory, BothDatabases]
    public async Task Saving_with_a_stale_version_reports_a_concurrent_edit_and_changes_nothing(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var organisation = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var first = portal.As<OrganisationStore>(Actors.MemberOf(organisation));
        var second = portal.As<OrganisationStore>(Actors.MemberOf(organisation));
        var firstSave = await first.UpdateCurrentProfileAsync(Edited(organisation.Name + " first"), organisation.Version, Ct);

        var result = await second.UpdateCurrentProfileAsync(Edited(organisation.Name + " second"), organisation.Version, Ct);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("", "Errors.ConcurrentEdit"), (error.Field, error.Code));
        Assert.Equivalent(firstSave.Value, await first.FindAsync(organisation.Id, Ct), strict: true);
    }

    [Theory, BothDatabases]
    public async Task Saving_changes_only_the_actors_own_organisation(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var mine = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var theirs = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var store = portal.As<OrganisationStore>(Actors.MemberOf(mine));

        // Both are at version 1, so only the tenant filter keeps the other organisation out of reach.
        var result = await store.UpdateCurrentProfileAsync(Edited("Renamed"), theirs.Version, Ct);

        Assert.Equal(mine.Id, result.Value.Id);
        Assert.Equivalent(theirs, await store.FindAsync(theirs.Id, Ct), strict: true);
    }

    [Theory, BothDatabases]
    public async Task Without_an_organisation_the_current_profile_can_be_neither_read_nor_saved(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var organisation = await portal.CreateOrganisationAsync(OrganisationKind.Firm);

        foreach (var nobody in new[] { Actors.Anonymous, Actors.WithoutOrganisation() })
        {
            var store = portal.As<OrganisationStore>(nobody);
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => store.GetCurrentAsync(Ct));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => store.UpdateCurrentProfileAsync(Edited("Hijacked"), organisation.Version, Ct));
        }
        Assert.Equivalent(organisation, await portal.Anonymous<OrganisationStore>().FindAsync(organisation.Id, Ct), strict: true);
    }

    private static CompanyProfile Edited(string name) => new()
    {
        Name = $" {name} ",
        Region = "CN-GD-DG",
        IndustryCode = "C28",
        HeadcountBand = "50-99",
        TurnoverBand = "10M-50M",
    };
}
