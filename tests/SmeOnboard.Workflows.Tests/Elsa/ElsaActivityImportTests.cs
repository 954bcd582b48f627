using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Workflows.Tests.Elsa;

public class ElsaActivityImportTests
{
    [Fact]
    public void Start_set_variable_and_write_line_run_with_literal_and_javascript_values()
    {
        var run = ElsaSamples.Run("variables-and-expressions.json");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(["Hello from Elsa: counter is 41", "after setCounter: 42", "Literal text is written as is"], run.Lines);
    }

    [Fact]
    public void Elsa_variables_keep_their_names_and_get_typed_defaults()
    {
        var definition = ElsaSamples.Import("variables-and-expressions.json");

        Assert.Equal(
            [("Counter", Model.VariableType.Number, "0"), ("Greeting", Model.VariableType.String, "\"\"")],
            definition.Variables.Select(v => (v.Name, v.Type, v.Default?.ToJsonString() ?? "null")));
    }

    [Fact]
    public void Designer_positions_are_kept()
    {
        var definition = ElsaSamples.Import("loop-legacy-connections.json");

        Assert.Equal(new Model.Position(2620, 2280), definition.FindActivity("SetVariable1")!.Metadata!.Designer!.Position);
    }

    [Fact]
    public void A_flow_decision_follows_the_branch_its_condition_picks_and_a_wait_all_join_after_it_continues()
    {
        var run = ElsaSamples.Run("decision-join.json");

        Assert.Equal(["took True", "joined"], run.Lines);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
    }

    [Fact]
    public void A_loop_drawn_with_elsa_3_0_connections_runs_until_its_decision_says_true()
    {
        var run = ElsaSamples.Run("loop-legacy-connections.json");

        Assert.Equal(["Do something #1", "Retry", "Do something #2", "Done"], run.Lines);
        Assert.Equal(2.0, run.Variable("Counter")!.GetValue<double>());
    }

    [Fact]
    public void A_flow_fork_runs_each_branch_and_a_wait_all_join_waits_for_the_delayed_one()
    {
        var run = ElsaSamples.Run("fork-delay-join-all.json");
        Assert.Equal(["fast branch"], run.Lines);
        Assert.Equal(WorkflowStatus.Suspended, run.Status);

        run.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(["fast branch", "slow branch, 5 s later", "both branches arrived"], run.Lines);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
    }

    [Fact]
    public void Wait_any_joins_continue_once_however_many_branches_arrive()
    {
        var run = ElsaSamples.Run("join-any.json");

        Assert.Equal(["Start", "End"], run.Lines);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
    }

    [Fact]
    public void A_fork_in_wait_any_mode_continues_after_the_first_branch_and_cancels_the_other_timer()
    {
        var run = ElsaSamples.Run("fork-wait-any.json");
        Assert.Equal(2, run.Instance.Bookmarks.Count(b => b.Kind == BookmarkKind.Timer));

        run.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(["waiting for approval or timeout", "timed out", "after the fork"], run.Lines);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Empty(run.Instance.Bookmarks);
    }

    [Fact]
    public void A_cron_activity_reached_by_the_flow_waits_for_its_next_occurrence_given_with_seconds()
    {
        var run = ElsaSamples.Run("cron.json");
        var due = run.BookmarkAt("13658e4b3bfafaaf").DueAt!.Value;
        Assert.Equal(0, due.Second % 10);
        Assert.Empty(run.Lines);

        run.Advance(due - run.Clock.GetUtcNow());

        Assert.Equal(["tick"], run.Lines);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
    }

    [Fact]
    public void A_fault_activity_faults_the_instance_with_its_code_and_message()
    {
        var run = ElsaSamples.Run("fault.json");

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Equal((IncidentKind.FaultActivity, "cfffbc06a0b6eeb0", "110002: that went south"), (run.Incident.Kind, run.Incident.ActivityId, run.Incident.Message));
        Assert.Equal(["about to fail"], run.Lines);
    }
}
