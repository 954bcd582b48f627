using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Marketplace;

/// <summary>The search indexes (trigrams of 0014, CJK grams of 0027) follow every published version and answer short words.</summary>
public sealed class CatalogueSearchIndexTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_new_versions_words_are_found_and_the_replaced_ones_no_longer(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (before, after) = ($"zq{Guid.NewGuid():N}"[..14], $"zq{Guid.NewGuid():N}"[..14]);
        var manifest = TestManifests.Copy("shopfloor-andon", change: m =>
        {
            m["vendor"]!["name"] = $"Vendor {Guid.NewGuid():N}";
            m["tagline"]!["en"] = $"Tagline with {before}";
        });
        await portal.Anonymous<CatalogueLoader>().LoadAsync(TestManifests.WriteFolder(manifest), Ct);
        manifest["version"] = "2.0.0";
        manifest["tagline"]!["en"] = $"Tagline with {after.ToUpperInvariant()}";
        await portal.Anonymous<CatalogueLoader>().LoadAsync(TestManifests.WriteFolder(manifest), Ct);

        var old = await portal.Anonymous<CatalogueStore>().SearchAsync(new CatalogueQuery { Text = before }, Ct);
        var current = await portal.Anonymous<CatalogueStore>().SearchAsync(new CatalogueQuery { Text = after }, Ct);

        Assert.Equal(0, old.Total);
        Assert.Equal((string)manifest["id"]!, Assert.Single(current.Items).Id);
    }

    [Theory, BothDatabases]
    public async Task A_two_character_Chinese_word_is_still_found(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        // Two characters no shipped text contains, shorter than a trigram.
        var word = "鹦鹉";
        var manifest = TestManifests.Copy("shopfloor-andon", change: m =>
        {
            m["vendor"]!["name"] = $"Vendor {Guid.NewGuid():N}";
            m["name"]!["zh-CN"] = $"{word}看板";
        });
        await portal.Anonymous<CatalogueLoader>().LoadAsync(TestManifests.WriteFolder(manifest), Ct);

        var page = await portal.Anonymous<CatalogueStore>().SearchAsync(new CatalogueQuery { Text = word, PageSize = 60 }, Ct);

        Assert.Contains(page.Items, a => a.Id == (string)manifest["id"]!);
    }

    [Theory, BothDatabases]
    public async Task A_two_character_Chinese_word_finds_the_apps_holding_it_and_not_those_with_its_characters_apart(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var holding = await LoadAsync(portal, m => m["tagline"]!["zh-CN"] = "车间里的翡翠管理工具");
        var apart = await LoadAsync(portal, m => m["tagline"]!["zh-CN"] = "翠绿的翡色看板");

        var page = await portal.Anonymous<CatalogueStore>().SearchAsync(new CatalogueQuery { Text = "翡翠", PageSize = 60 }, Ct);

        Assert.Contains(page.Items, a => a.Id == holding);
        Assert.DoesNotContain(page.Items, a => a.Id == apart);
        Assert.Equal(page.Items.Count, page.Total);
    }

    [Theory, BothDatabases]
    public async Task A_one_character_Chinese_word_finds_every_app_holding_it(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var first = await LoadAsync(portal, m => m["name"]!["zh-CN"] = "鳐看板");
        var second = await LoadAsync(portal, m => m["description"]!["zh-CN"] = "记录每一条鳐的来源与去向，适合水产加工车间。");

        var page = await portal.Anonymous<CatalogueStore>().SearchAsync(new CatalogueQuery { Text = "鳐", PageSize = 60 }, Ct);

        Assert.Equal(new[] { first, second }.Order(), page.Items.Select(a => a.Id).Order());
    }

    [Theory, BothDatabases]
    public async Task A_new_versions_Chinese_words_replace_the_old_ones_in_the_search(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var manifest = TestManifests.Copy("shopfloor-andon", change: m =>
        {
            m["vendor"]!["name"] = $"Vendor {Guid.NewGuid():N}";
            m["tagline"]!["zh-CN"] = "琥珀色的安灯";
        });
        await portal.Anonymous<CatalogueLoader>().LoadAsync(TestManifests.WriteFolder(manifest), Ct);
        manifest["version"] = "2.0.0";
        manifest["tagline"]!["zh-CN"] = "玳瑁色的安灯";
        await portal.Anonymous<CatalogueLoader>().LoadAsync(TestManifests.WriteFolder(manifest), Ct);

        var old = await portal.Anonymous<CatalogueStore>().SearchAsync(new CatalogueQuery { Text = "琥珀" }, Ct);
        var current = await portal.Anonymous<CatalogueStore>().SearchAsync(new CatalogueQuery { Text = "玳瑁" }, Ct);

        Assert.Equal(0, old.Total);
        Assert.Equal((string)manifest["id"]!, Assert.Single(current.Items).Id);
    }

    [Theory, BothDatabases]
    public async Task A_page_past_the_last_match_still_tells_how_many_apps_matched(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        await LoadAsync(portal, m => m["tagline"]!["zh-CN"] = "麒麟牌扳手的保养记录");

        var page = await portal.Anonymous<CatalogueStore>().SearchAsync(new CatalogueQuery { Text = "麒麟", Page = 3 }, Ct);

        Assert.Empty(page.Items);
        Assert.Equal(1, page.Total);
    }

    private static async Task<string> LoadAsync(PortalHarness portal, Action<System.Text.Json.Nodes.JsonObject> change)
    {
        var manifest = TestManifests.Copy("shopfloor-andon", change: m =>
        {
            m["vendor"]!["name"] = $"Vendor {Guid.NewGuid():N}";
            change(m);
        });
        await portal.Anonymous<CatalogueLoader>().LoadAsync(TestManifests.WriteFolder(manifest), Ct);
        return (string)manifest["id"]!;
    }
}
