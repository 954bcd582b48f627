using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Marketplace;

/// <summary>The trigram search index (migration 0014) follows every published version and still answers short words.</summary>
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
}
