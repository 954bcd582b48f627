using System.Text.Json.Nodes;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Marketplace;

public sealed class CatalogueStoreTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Loading_the_same_folder_twice_changes_nothing_the_second_time(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var manifest = TestManifests.Copy("shopfloor-andon", change: UniqueVendor);
        var folder = TestManifests.WriteFolder(manifest);

        var first = await portal.Anonymous<CatalogueLoader>().LoadAsync(folder, Ct);
        var second = await portal.Anonymous<CatalogueLoader>().LoadAsync(folder, Ct);

        var id = (string)manifest["id"]!;
        Assert.Equal(PublishOutcome.Added, first.Outcomes[id]);
        Assert.Equal(PublishOutcome.Unchanged, second.Outcomes[id]);
        Assert.Equal(1, await portal.CountAsync("SELECT COUNT(*) FROM marketplace_app_versions WHERE app_id = @id", new { id }));
        Assert.Equal(1, await portal.CountAsync("SELECT COUNT(*) FROM organisations WHERE name = @name AND kind = 'Vendor'", new { name = (string)manifest["vendor"]!["name"]! }));
    }

    [Theory, BothDatabases]
    public async Task A_higher_version_adds_a_row_and_becomes_current_and_a_lower_one_is_refused(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var manifest = TestManifests.Copy("shopfloor-andon", change: UniqueVendor);
        var id = (string)manifest["id"]!;
        await portal.Anonymous<CatalogueLoader>().LoadAsync(TestManifests.WriteFolder(manifest), Ct);

        manifest["version"] = "1.10.0";
        manifest["name"]!["en"] = "Andon Board Plus";
        var newer = await portal.Anonymous<CatalogueLoader>().LoadAsync(TestManifests.WriteFolder(manifest), Ct);
        manifest["version"] = "1.5.0";
        var older = await portal.Anonymous<CatalogueLoader>().LoadAsync(TestManifests.WriteFolder(manifest), Ct);

        Assert.Equal(PublishOutcome.NewVersion, newer.Outcomes[id]);
        Assert.Equal(PublishOutcome.OlderThanCurrent, older.Outcomes[id]);
        var app = await portal.Anonymous<CatalogueStore>().FindAsync(id, Ct);
        Assert.Equal(("1.10.0", "Andon Board Plus"), (app!.CurrentVersion, app.NameEn));
        Assert.Equal("1.10.0", app.ReadManifest().Version);
        Assert.Equal(["1.10.0", "1.4.2"], await portal.Anonymous<CatalogueStore>().ListVersionsAsync(id, Ct));
    }

    [Theory, BothDatabases]
    public async Task An_invalid_manifest_is_reported_and_nothing_of_it_is_stored(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var manifest = TestManifests.Copy("shopfloor-mes-lite", change: m =>
        {
            UniqueVendor(m);
            m["pricing"]!["amountMinor"] = -1;
            m["description"]!["en"] = new string('x', 10 * 1024 * 1024);
        });
        var id = (string)manifest["id"]!;

        var report = await portal.Anonymous<CatalogueLoader>().LoadAsync(TestManifests.WriteFolder(manifest), Ct);

        Assert.DoesNotContain(id, report.Outcomes.Keys);
        Assert.Contains(report.Problems, p => p.Folder == id && p.Path == "pricing.amountMinor");
        Assert.Contains(report.Problems, p => p.Folder == id && p.Path == "description.en");
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM marketplace_apps WHERE id = @id", new { id }));
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM marketplace_app_versions WHERE app_id = @id", new { id }));
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM organisations WHERE name = @name", new { name = (string)manifest["vendor"]!["name"]! }));
    }

    [Theory, BothDatabases]
    public async Task The_shipped_folder_loads_every_app(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);

        var report = await portal.Anonymous<CatalogueLoader>().LoadAsync(TestManifests.ShippedFolder, Ct);

        Assert.Empty(report.Problems);
        Assert.True(report.Outcomes.Count >= 12);
        Assert.All(report.Outcomes.Values, outcome => Assert.True(outcome is PublishOutcome.Added or PublishOutcome.Unchanged));
    }

    [Theory, BothDatabases]
    public async Task Search_matches_name_vendor_and_text_and_ranks_name_hits_first(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var token = $"zq{Guid.NewGuid():N}"[..14];
        var byName = TestManifests.Copy("shopfloor-andon", change: m => { UniqueVendor(m); m["name"]!["en"] = $"Board {token}"; });
        var byText = TestManifests.Copy("jiangnan-5s-audit", change: m => { UniqueVendor(m); m["description"]!["en"] = $"{m["description"]!["en"]} Works with {token}."; });
        var byVendor = TestManifests.Copy("skillbridge-skills-matrix", change: m => m["vendor"]!["name"] = $"Vendor {token.ToUpperInvariant()}");
        var unrelated = TestManifests.Copy("qualistat-spc", change: UniqueVendor);
        await portal.Anonymous<CatalogueLoader>().LoadAsync(TestManifests.WriteFolder(byName, byText, byVendor, unrelated), Ct);

        var page = await portal.Anonymous<CatalogueStore>().SearchAsync(new CatalogueQuery { Text = token }, Ct);

        Assert.Equal([Id(byName), Id(byVendor), Id(byText)], page.Items.Select(a => a.Id));
        Assert.Equal(3, page.Total);
    }

    [Theory, BothDatabases]
    public async Task Filters_narrow_by_category_industry_level_voucher_free_and_price(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = $"Filter Vendor {Guid.NewGuid():N}";
        var free = TestManifests.Copy("shopfloor-andon", change: m => m["vendor"]!["name"] = vendor);            // production, free, voucher, levels 1-2
        var cmms = TestManifests.Copy("jiangnan-cmms", change: m => m["vendor"]!["name"] = vendor);              // maintenance, 4,800.00 yearly, levels 2-3
        var gateway = TestManifests.Copy("hangxin-edge-gateway", change: m => m["vendor"]!["name"] = vendor);    // connectivity, 12,800.00, levels 3-4
        var audit = TestManifests.Copy("jiangnan-5s-audit", change: m => m["vendor"]!["name"] = vendor);         // quality, free, not voucher-eligible
        await portal.Anonymous<CatalogueLoader>().LoadAsync(TestManifests.WriteFolder(free, cmms, gateway, audit), Ct);
        var store = portal.Anonymous<CatalogueStore>();

        async Task<IEnumerable<string>> Ids(CatalogueQuery query) => (await store.SearchAsync(query, Ct)).Items.Select(a => a.Id).Order();

        Assert.Equal([Id(cmms)], await Ids(new CatalogueQuery { Text = vendor, Category = "maintenance" }));
        Assert.Equal(new[] { Id(cmms), Id(gateway) }.Order(), await Ids(new CatalogueQuery { Text = vendor, MaturityLevel = 3 }));
        Assert.Equal(new[] { Id(free), Id(audit) }.Order(), await Ids(new CatalogueQuery { Text = vendor, FreeOnly = true }));
        Assert.Equal(new[] { Id(free), Id(cmms), Id(gateway) }.Order(), await Ids(new CatalogueQuery { Text = vendor, VoucherEligibleOnly = true }));
        Assert.Equal(new[] { Id(audit) }, await Ids(new CatalogueQuery { Text = vendor, Industry = "C10", VoucherEligibleOnly = false, Category = "quality" }));
        Assert.Equal(new[] { Id(cmms) }, await Ids(new CatalogueQuery { Text = vendor, MinPriceMinor = 1, MaxPriceMinor = 500_000 }));
    }

    [Theory, BothDatabases]
    public async Task Sorting_by_price_and_paging_happen_in_the_query(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = $"Sort Vendor {Guid.NewGuid():N}";
        var apps = new[] { "hangxin-edge-gateway", "shopfloor-andon", "jiangnan-cmms" }
            .Select(id => TestManifests.Copy(id, change: m => m["vendor"]!["name"] = vendor)).ToArray();
        await portal.Anonymous<CatalogueLoader>().LoadAsync(TestManifests.WriteFolder(apps), Ct);
        var store = portal.Anonymous<CatalogueStore>();

        var cheapest = await store.SearchAsync(new CatalogueQuery { Text = vendor, Sort = CatalogueSort.PriceLowToHigh, PageSize = 2 }, Ct);
        var rest = await store.SearchAsync(new CatalogueQuery { Text = vendor, Sort = CatalogueSort.PriceLowToHigh, PageSize = 2, Page = 2 }, Ct);
        var dearest = await store.SearchAsync(new CatalogueQuery { Text = vendor, Sort = CatalogueSort.PriceHighToLow, PageSize = 1 }, Ct);

        Assert.Equal([Id(apps[1]), Id(apps[2])], cheapest.Items.Select(a => a.Id));
        Assert.Equal([Id(apps[0])], rest.Items.Select(a => a.Id));
        Assert.Equal((3, 2), (cheapest.Total, cheapest.PageCount));
        Assert.Equal(Id(apps[0]), Assert.Single(dearest.Items).Id);
    }

    [Theory, BothDatabases]
    public async Task Percent_and_underscore_in_the_search_are_taken_literally(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);

        var page = await portal.Anonymous<CatalogueStore>().SearchAsync(new CatalogueQuery { Text = $"%_{Guid.NewGuid():N}" }, Ct);

        Assert.Empty(page.Items);
    }

    private static string Id(JsonObject manifest) => (string)manifest["id"]!;

    private static void UniqueVendor(JsonObject manifest) => manifest["vendor"]!["name"] = $"Vendor {Guid.NewGuid():N}";
}
