using Bunit;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Web.Features.Designer.Components;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Designer;

/// <summary>The version list names each version's state and publisher and offers restore for every published one.</summary>
public sealed class VersionListTests : PortalComponentContext
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 8, 30, 0, TimeSpan.Zero);

    private static IReadOnlyList<DefinitionVersion> Versions() =>
    [
        new() { Version = 3, Name = "Order", IsLatest = true, UpdatedAt = At },
        new() { Version = 2, Name = "Order", IsPublished = true, PublishedAt = At, PublishedBy = "Wang Li", UpdatedAt = At, Note = "Adds the quality check" },
        new() { Version = 1, Name = "Order", PublishedAt = At, UpdatedAt = At },
    ];

    [Fact]
    public void The_draft_and_the_published_version_are_labelled_and_the_publisher_is_named()
    {
        var list = Render<VersionList>(p => p.Add(x => x.Versions, Versions()));

        Assert.Contains("Draft", list.Find("[data-testid='version-3']").TextContent);
        Assert.Contains("Published", list.Find("[data-testid='version-2']").TextContent);
        Assert.Contains("by Wang Li", list.Find("[data-testid='version-2']").TextContent);
        Assert.Empty(list.Find("[data-testid='version-1']").QuerySelectorAll("[data-testid='version-published']"));
    }

    [Fact]
    public void A_version_published_with_a_note_shows_it_and_one_without_shows_none()
    {
        var list = Render<VersionList>(p => p.Add(x => x.Versions, Versions()));

        Assert.Equal("Adds the quality check", list.Find("[data-testid='version-note-2']").TextContent);
        Assert.Empty(list.FindAll("[data-testid='version-note-1']"));
    }

    [Fact]
    public void Only_versions_that_were_published_can_be_restored()
    {
        var list = Render<VersionList>(p => p.Add(x => x.Versions, Versions()));

        Assert.Empty(list.FindAll("[data-testid='restore-3']"));
        Assert.Single(list.FindAll("[data-testid='restore-2']"));
        Assert.Single(list.FindAll("[data-testid='restore-1']"));
    }

    [Fact]
    public void Clicking_restore_asks_for_that_version()
    {
        int? restored = null;
        var list = Render<VersionList>(p => p.Add(x => x.Versions, Versions()).Add(x => x.Restore, v => restored = v));

        list.Find("[data-testid='restore-1']").Click();

        Assert.Equal(1, restored);
    }
}
