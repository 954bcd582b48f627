using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Core.Tests.Features.Workflows;

public sealed class DefinitionDifferTests
{
    private static WorkflowDefinition Version(int version, params ActivityNode[] activities) => new()
    {
        DefinitionId = "diff",
        Name = "diff",
        Version = version,
        Root = new Flowchart { Activities = activities, Connections = activities.Zip(activities.Skip(1), (a, b) => VersionFlows.Connect(a.Id, b.Id)).ToList() },
    };

    [Fact]
    public void An_activity_only_in_the_newer_version_is_added_and_its_connection_too()
    {
        var diff = DefinitionDiffer.Compare(Version(1, VersionFlows.Line("a", "x")), Version(2, VersionFlows.Line("a", "x"), VersionFlows.Line("b", "y")));

        Assert.Equal("b", Assert.Single(diff.Added).ActivityId);
        Assert.Equal(("a", "b"), Assert.Single(diff.ConnectionsAdded) is var c ? (c.Source.Activity, c.Target.Activity) : default);
        Assert.Empty(diff.Removed);
        Assert.Empty(diff.Changed);
    }

    [Fact]
    public void An_activity_only_in_the_older_version_is_removed_with_its_connection()
    {
        var diff = DefinitionDiffer.Compare(Version(1, VersionFlows.Line("a", "x"), VersionFlows.Line("b", "y")), Version(2, VersionFlows.Line("a", "x")));

        Assert.Equal("b", Assert.Single(diff.Removed).ActivityId);
        Assert.Single(diff.ConnectionsRemoved);
        Assert.Empty(diff.Added);
    }

    [Fact]
    public void A_changed_input_value_names_the_input()
    {
        var diff = DefinitionDiffer.Compare(Version(1, VersionFlows.Line("a", "x")), Version(2, VersionFlows.Line("a", "changed")));

        var change = Assert.Single(diff.Changed);
        Assert.Equal(("a", false), (change.ActivityId, change.NameChanged));
        Assert.Equal(["text"], change.ChangedInputs);
    }

    [Fact]
    public void Switching_an_input_from_literal_to_script_is_a_change_even_with_the_same_text()
    {
        var script = new ActivityNode
        {
            Id = "a",
            Type = "WriteLine",
            Inputs = new Dictionary<string, ActivityInput> { ["text"] = ActivityInput.JavaScript("x", "String") },
        };

        var diff = DefinitionDiffer.Compare(Version(1, VersionFlows.Line("a", "x")), Version(2, script));

        Assert.Equal(["text"], Assert.Single(diff.Changed).ChangedInputs);
    }

    [Fact]
    public void A_renamed_activity_is_changed_without_changed_inputs()
    {
        var renamed = new ActivityNode { Id = "a", Type = "WriteLine", Name = "Say hello", Inputs = VersionFlows.Line("a", "x").Inputs };

        var change = Assert.Single(DefinitionDiffer.Compare(Version(1, VersionFlows.Line("a", "x")), Version(2, renamed)).Changed);

        Assert.True(change.NameChanged);
        Assert.Empty(change.ChangedInputs);
    }

    [Fact]
    public void Moving_activities_on_the_canvas_is_no_change()
    {
        var diff = DefinitionDiffer.Compare(Version(1, VersionFlows.Line("a", "x", 0)), Version(2, VersionFlows.Line("a", "x", 500)));

        Assert.True(diff.IsEmpty);
        Assert.Equal((1, 2), (diff.FromVersion, diff.ToVersion));
    }
}
