using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Tests.Support;
using static SmeOnboard.Workflows.Tests.Support.FlowBuilder;

namespace SmeOnboard.Workflows.Tests.Runtime;

public class FlowSemanticsTests
{
    private static (string, Model.ActivityInput) Text(string text) => ("text", Lit(text));

    private static FlowBuilder HumanTaskAt(FlowBuilder flow, string id) =>
        flow.Add(id, "HumanTask", ("title", Lit("Check")), ("form", Lit("form-1")), ("assigneeRole", Lit("FirmMember")));

    [Fact]
    public void A_sequence_runs_in_order_and_finishes()
    {
        var flow = new FlowBuilder().Add("start", "ManualStart").Add("a", "WriteLine", Text("one")).Add("b", "WriteLine", Text("two"))
            .Connect("start", "a").Connect("a", "b").Build();

        var run = new Harness(flow).Start();

        Assert.Equal(["one", "two"], run.Lines);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
    }

    [Fact]
    public void Only_connections_from_the_outcome_an_activity_completed_with_carry_a_token()
    {
        var flow = new FlowBuilder().Add("d", "Decision", ("condition", Lit(false)))
            .Add("yes", "WriteLine", Text("yes")).Add("no", "WriteLine", Text("no"))
            .Connect("d", "yes", "True").Connect("d", "no", "False").Build();

        Assert.Equal(["no"], new Harness(flow).Start().Lines);
    }

    [Fact]
    public void A_fork_runs_every_branch()
    {
        var flow = new FlowBuilder().Add("fork", "Fork", ("branches", Lit(new System.Text.Json.Nodes.JsonArray("a", "b", "c"))))
            .Add("a", "WriteLine", Text("a")).Add("b", "WriteLine", Text("b")).Add("c", "WriteLine", Text("c"))
            .Connect("fork", "a", "a").Connect("fork", "b", "b").Connect("fork", "c", "c").Build();

        Assert.Equal(["a", "b", "c"], new Harness(flow).Start().Lines);
    }

    [Fact]
    public void A_wait_all_join_continues_once_after_both_branches()
    {
        var flow = ForkJoin("WaitAll").Build();

        var run = new Harness(flow).Start();

        Assert.Equal(["a", "b", "after"], run.Lines);
    }

    [Fact]
    public void A_wait_all_join_waits_for_a_branch_that_waits_on_a_person()
    {
        var flow = HumanTaskAt(new FlowBuilder(), "task").Add("fork", "Fork").Add("a", "WriteLine", Text("a"))
            .Add("join", "Join").Add("after", "WriteLine", Text("after"))
            .Connect("fork", "a", "Branch 1").Connect("fork", "task", "Branch 2")
            .Connect("a", "join").Connect("task", "join").Connect("join", "after").Build();

        var run = new Harness(flow).Start(at: "fork");
        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        Assert.DoesNotContain("after", run.Lines);

        run.Resume("task");

        Assert.Equal(["a", "after"], run.Lines);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
    }

    [Fact]
    public void A_wait_all_join_waits_for_a_longer_branch_whose_first_step_is_still_waiting()
    {
        var flow = new FlowBuilder().Add("fork", "Fork")
            .Add("wait", "Delay", ("duration", Lit("00:10:00"))).Add("x2", "WriteLine", Text("x2"))
            .Add("y", "WriteLine", Text("y")).Add("join", "Join").Add("after", "WriteLine", Text("after"))
            .Connect("fork", "wait", "Branch 1").Connect("wait", "x2").Connect("x2", "join")
            .Connect("fork", "y", "Branch 2").Connect("y", "join").Connect("join", "after").Build();

        var run = new Harness(flow).Start();
        Assert.Equal(["y"], run.Lines);

        run.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(["y", "x2", "after"], run.Lines);
    }

    [Fact]
    public void A_join_after_a_decision_continues_with_the_one_branch_that_ran()
    {
        var flow = new FlowBuilder().Add("d", "Decision", ("condition", Js("1 > 2")))
            .Add("yes", "WriteLine", Text("yes")).Add("no", "WriteLine", Text("no"))
            .Add("join", "Join").Add("after", "WriteLine", Text("after"))
            .Connect("d", "yes", "True").Connect("d", "no", "False").Connect("yes", "join").Connect("no", "join").Connect("join", "after").Build();

        var run = new Harness(flow).Start();

        Assert.Equal(["no", "after"], run.Lines);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
    }

    [Fact]
    public void A_wait_any_join_continues_on_the_first_branch_and_cancels_what_the_others_wait_for()
    {
        var flow = HumanTaskAt(new FlowBuilder(), "task").Add("fork", "Fork")
            .Add("wait", "Delay", ("duration", Lit("01:00:00")))
            .Add("join", "Join", ("mode", Lit("WaitAny"))).Add("after", "WriteLine", Text("after"))
            .Connect("fork", "wait", "Branch 1").Connect("fork", "task", "Branch 2")
            .Connect("wait", "join").Connect("task", "join").Connect("join", "after").Build();
        var run = new Harness(flow).Start(at: "fork");
        var timer = run.BookmarkAt("wait");

        run.Resume("task");

        Assert.Equal(["after"], run.Lines);
        Assert.Contains(timer.Id, run.Last.BookmarksRemoved);
        Assert.Empty(run.Instance.Bookmarks);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
    }

    [Fact]
    public void A_wait_any_join_runs_once_when_every_branch_arrives_in_the_same_burst()
    {
        var flow = ForkJoin("WaitAny").Build();

        var run = new Harness(flow).Start();

        Assert.Equal(["a", "b", "after"], run.Lines);
    }

    [Fact]
    public void A_wait_any_join_cancels_a_wait_that_a_losing_branch_starts_after_the_join_ran()
    {
        var flow = new FlowBuilder().Add("fork", "Fork").Add("a", "WriteLine", Text("a"))
            .Add("b", "WriteLine", Text("b")).Add("wait", "Delay", ("duration", Lit("00:05:00")))
            .Add("join", "Join", ("mode", Lit("WaitAny"))).Add("after", "WriteLine", Text("after"))
            .Connect("fork", "a", "Branch 1").Connect("fork", "b", "Branch 2").Connect("b", "wait")
            .Connect("a", "join").Connect("wait", "join").Connect("join", "after").Build();

        var run = new Harness(flow).Start();

        Assert.Equal(["a", "b", "after"], run.Lines);
        Assert.Empty(run.Instance.Bookmarks);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
    }

    [Fact]
    public void An_activity_with_two_inbound_branches_runs_once_after_both()
    {
        var flow = new FlowBuilder().Add("fork", "Fork").Add("a", "WriteLine", Text("a")).Add("b", "WriteLine", Text("b"))
            .Add("after", "WriteLine", Text("after"))
            .Connect("fork", "a", "Branch 1").Connect("fork", "b", "Branch 2").Connect("a", "after").Connect("b", "after").Build();

        Assert.Equal(["a", "b", "after"], new Harness(flow).Start().Lines);
    }

    [Fact]
    public void A_loop_runs_until_its_decision_turns_false()
    {
        var flow = new FlowBuilder().Variable("i", Model.VariableType.Number, 0)
            .Add("log", "WriteLine", ("text", Js("'round ' + i")))
            .Add("inc", "SetVariable", ("variable", Lit("i")), ("value", Js("i + 1")))
            .Add("again", "Decision", ("condition", Js("i < 3")))
            .Connect("log", "inc").Connect("inc", "again").Connect("again", "log", "True").Build();

        var run = new Harness(flow).Start();

        Assert.Equal(["round 0", "round 1", "round 2"], run.Lines);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
    }

    [Fact]
    public void A_join_inside_a_loop_waits_for_both_branches_on_every_round()
    {
        var flow = new FlowBuilder().Variable("i", Model.VariableType.Number, 0)
            .Add("start", "ManualStart").Add("fork", "Fork")
            .Add("a", "WriteLine", ("text", Js("'a' + i"))).Add("b", "WriteLine", ("text", Js("'b' + i")))
            .Add("join", "Join")
            .Add("inc", "SetVariable", ("variable", Lit("i")), ("value", Js("i + 1")))
            .Add("again", "Decision", ("condition", Js("i < 3"))).Add("done", "WriteLine", Text("done"))
            .Connect("start", "fork").Connect("fork", "a", "Branch 1").Connect("fork", "b", "Branch 2")
            .Connect("a", "join").Connect("b", "join").Connect("join", "inc").Connect("inc", "again")
            .Connect("again", "fork", "True").Connect("again", "done", "False").Build();

        var run = new Harness(flow).Start();

        Assert.Equal(["a0", "b0", "a1", "b1", "a2", "b2", "done"], run.Lines);
        Assert.Equal(3, run.Completed.Count(id => id == "join"));
    }

    [Fact]
    public void A_join_inside_a_loop_waits_each_round_for_a_person()
    {
        var flow = HumanTaskAt(new FlowBuilder().Variable("i", Model.VariableType.Number, 0), "task")
            .Add("start", "ManualStart").Add("fork", "Fork").Add("a", "WriteLine", ("text", Js("'a' + i")))
            .Add("join", "Join").Add("inc", "SetVariable", ("variable", Lit("i")), ("value", Js("i + 1")))
            .Add("again", "Decision", ("condition", Js("i < 2")))
            .Connect("start", "fork").Connect("fork", "a", "Branch 1").Connect("fork", "task", "Branch 2")
            .Connect("a", "join").Connect("task", "join").Connect("join", "inc").Connect("inc", "again")
            .Connect("again", "fork", "True").Build();

        var run = new Harness(flow).Start();
        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        run.Resume("task");
        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        Assert.Equal(["a0", "a1"], run.Lines);
        run.Resume("task");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(2, run.Completed.Count(id => id == "join"));
    }

    [Fact]
    public void A_burst_that_exceeds_the_execution_limit_stops_with_an_incident()
    {
        var flow = new FlowBuilder().Add("log", "WriteLine", Text("again")).Add("loop", "Decision", ("condition", Lit(true)))
            .Connect("log", "loop").Connect("loop", "log", "True").Build();

        var run = new Harness(flow, new WorkflowRunnerOptions { MaxActivityExecutionsPerBurst = 100 }).Start();

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Equal(IncidentKind.RunawayBurst, run.Incident.Kind);
        Assert.Equal(50, run.Lines.Count());
    }

    [Fact]
    public void The_default_limit_of_a_burst_is_ten_thousand_executions()
    {
        var flow = new FlowBuilder().Add("loop", "Decision", ("condition", Lit(true))).Connect("loop", "loop", "True").Build();

        var run = new Harness(flow).Start();

        Assert.Equal(IncidentKind.RunawayBurst, run.Incident.Kind);
        Assert.Equal(10_000, run.Instance.ExecutionCount);
    }

    [Fact]
    public void End_finishes_the_workflow_and_cancels_waiting_branches()
    {
        var flow = HumanTaskAt(new FlowBuilder(), "task").Add("fork", "Fork").Add("end", "End").Add("never", "WriteLine", Text("never"))
            .Connect("fork", "task", "Branch 1").Connect("fork", "end", "Branch 2").Connect("task", "never").Build();

        var run = new Harness(flow).Start(at: "fork");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Empty(run.Instance.Bookmarks);
        Assert.Empty(run.Last.BookmarksCreated);
    }

    [Fact]
    public void Nested_joins_wait_for_the_inner_join_before_the_outer_one()
    {
        var flow = HumanTaskAt(new FlowBuilder(), "task").Add("outer", "Fork").Add("inner", "Fork")
            .Add("a", "WriteLine", Text("a")).Add("innerJoin", "Join").Add("c", "WriteLine", Text("c"))
            .Add("outerJoin", "Join").Add("after", "WriteLine", Text("after"))
            .Connect("outer", "inner", "Branch 1").Connect("outer", "c", "Branch 2")
            .Connect("inner", "a", "Branch 1").Connect("inner", "task", "Branch 2")
            .Connect("a", "innerJoin").Connect("task", "innerJoin").Connect("innerJoin", "outerJoin").Connect("c", "outerJoin")
            .Connect("outerJoin", "after").Build();

        var run = new Harness(flow).Start(at: "outer");
        Assert.DoesNotContain("after", run.Lines);

        run.Resume("task");

        Assert.Equal(["c", "a", "after"], run.Lines);
    }

    private static FlowBuilder ForkJoin(string mode) => new FlowBuilder().Add("fork", "Fork")
        .Add("a", "WriteLine", Text("a")).Add("b", "WriteLine", Text("b"))
        .Add("join", "Join", ("mode", Lit(mode))).Add("after", "WriteLine", Text("after"))
        .Connect("fork", "a", "Branch 1").Connect("fork", "b", "Branch 2").Connect("a", "join").Connect("b", "join").Connect("join", "after");
}
