using Bunit;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Web.Features.Designer;
using SmeOnboard.Web.Features.Designer.Components;
using SmeOnboard.Web.Tests.Infrastructure;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Web.Tests.Features.Designer;

/// <summary>The diff panel lists every kind of change, and the canvas marks the added and changed activities.</summary>
public sealed class VersionDiffPanelTests : PortalComponentContext
{
    private static DefinitionDiff Diff() => new()
    {
        FromVersion = 1,
        ToVersion = 2,
        Added = [new ActivityChange { ActivityId = "notify", Type = "SendNotification" }],
        Removed = [new ActivityChange { ActivityId = "old", Type = "WriteLine", Name = "Old line" }],
        Changed = [new ActivityChange { ActivityId = "ask", Type = "HumanTask", ChangedInputs = ["assigneeRole", "title"], NameChanged = true }],
        ConnectionsAdded = [new Connection { Source = new Endpoint { Activity = "ask", Port = "Done" }, Target = new Endpoint { Activity = "notify" } }],
        ConnectionsRemoved = [new Connection { Source = new Endpoint { Activity = "ask", Port = "Done" }, Target = new Endpoint { Activity = "old" } }],
    };

    [Fact]
    public void Every_change_is_listed_with_the_inputs_that_changed()
    {
        var panel = Render<VersionDiffPanel>(p => p.Add(x => x.Diff, Diff()));

        Assert.Contains("Changes from v1 to v2", panel.Markup);
        Assert.Contains("notify (SendNotification)", panel.Find("[data-testid='diff-added']").TextContent);
        Assert.Contains("Old line (old)", panel.Find("[data-testid='diff-removed']").TextContent);
        var changed = panel.Find("[data-testid='diff-changed']").TextContent;
        Assert.Contains("inputs assigneeRole, title", changed);
        Assert.Contains("renamed", changed);
        Assert.Contains("ask.Done → notify", panel.Find("[data-testid='diff-connection-added']").TextContent);
        Assert.Contains("ask.Done → old", panel.Find("[data-testid='diff-connection-removed']").TextContent);
    }

    [Fact]
    public void Two_versions_that_differ_only_in_positions_say_so()
    {
        var panel = Render<VersionDiffPanel>(p => p.Add(x => x.Diff, new DefinitionDiff { FromVersion = 2, ToVersion = 3 }));

        Assert.NotNull(panel.Find("[data-testid='diff-empty']"));
        Assert.Empty(panel.FindAll("[data-testid='version-diff']"));
    }

    [Fact]
    public void The_canvas_marks_added_and_changed_activities_but_not_removed_ones()
    {
        var states = DiffStates.Of(Diff());

        Assert.Equal(new Dictionary<string, string> { ["notify"] = "added", ["ask"] = "changed" }, states);
    }
}
