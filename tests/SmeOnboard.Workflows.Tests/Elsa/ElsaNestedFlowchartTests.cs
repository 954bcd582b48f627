using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Workflows.Tests.Elsa;

public class ElsaNestedFlowchartTests
{
    [Fact]
    public void An_end_inside_a_nested_flowchart_completes_that_flowchart_and_the_parent_continues()
    {
        var run = ElsaSamples.Run("nested-flowchart.json");

        Assert.Equal(["before the sub-flow", "inside the sub-flow", "written by the FlowNode's body", "after the sub-flow"], run.Lines);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
    }

    [Fact]
    public void A_nested_flowchart_completes_once_all_its_branches_are_done()
    {
        var run = ElsaSamples.Run("nested-parallel.json");
        Assert.Equal(["stock checked"], run.Lines);
        Assert.Equal(WorkflowStatus.Suspended, run.Status);

        run.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(["stock checked", "credit checked", "all checks done"], run.Lines);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
    }

    [Fact]
    public void An_end_inside_a_nested_flowchart_cancels_what_still_waits_inside_it()
    {
        var run = ElsaSamples.Run("nested-end-cancels.json");

        Assert.Equal(["the sub-flow ended early"], run.Lines);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Empty(run.Instance.Bookmarks);
    }

    [Fact]
    public void Connections_from_a_nested_flowchart_leave_from_the_node_that_completes_it()
    {
        var definition = ElsaSamples.Import("nested-flowchart.json");

        var fromSubFlow = definition.Root.Connections.Single(c => c.Source.Activity == "3c4d5e6f7a8b9cad");
        Assert.Equal(("Done", "adbecfd0e1f2a3b4"), (fromSubFlow.Source.Port, fromSubFlow.Target.Activity));
        Assert.Equal("Join", definition.FindActivity("3c4d5e6f7a8b9cad")!.Type);
    }
}
