using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Tests.Support;
using static SmeOnboard.Workflows.Tests.Support.FlowBuilder;

namespace SmeOnboard.Workflows.Tests.Activities;

public class FlowActivityTests
{
    private static Harness SwitchOn(double temperature, string mode)
    {
        var cases = new JsonArray(
            new JsonObject { ["label"] = "Hot", ["condition"] = "t > 80" },
            new JsonObject { ["label"] = "Warm", ["condition"] = "t > 50" });
        var flow = new FlowBuilder().Variable("t", VariableType.Number, temperature)
            .Add("s", "Switch", ("cases", Lit(cases)), ("mode", Lit(mode)))
            .Add("hot", "WriteLine", ("text", Lit("hot"))).Add("warm", "WriteLine", ("text", Lit("warm"))).Add("other", "WriteLine", ("text", Lit("other")))
            .Connect("s", "hot", "Hot").Connect("s", "warm", "Warm").Connect("s", "other", "Default").Build();
        return new Harness(flow).Start();
    }

    [Theory]
    [InlineData(true, "True")]
    [InlineData(false, "False")]
    public void A_decision_completes_with_true_or_false(bool condition, string outcome)
    {
        var run = new Harness(new FlowBuilder().Add("d", "Decision", ("condition", Lit(condition))).Build()).Start();

        Assert.Equal([outcome], run.Last.Journal.Single(j => j.Kind == JournalKind.ActivityCompleted).Outcomes);
    }

    [Fact]
    public void A_decision_whose_condition_is_not_a_boolean_is_an_input_incident()
    {
        var run = new Harness(new FlowBuilder().Add("d", "Decision", ("condition", Js("'yes'"))).Build()).Start();

        Assert.Equal((IncidentKind.InvalidInput, "condition"), (run.Incident.Kind, run.Incident.Field));
    }

    [Fact]
    public void A_switch_continues_on_the_first_matching_case() => Assert.Equal(["hot"], SwitchOn(90, "MatchFirst").Lines);

    [Fact]
    public void A_switch_in_match_any_mode_continues_on_every_matching_case() => Assert.Equal(["hot", "warm"], SwitchOn(90, "MatchAny").Lines);

    [Fact]
    public void A_switch_without_a_matching_case_continues_on_default() => Assert.Equal(["other"], SwitchOn(20, "MatchFirst").Lines);

    [Fact]
    public void A_delay_waits_on_a_timer_until_its_duration_has_passed()
    {
        var flow = new FlowBuilder().Add("wait", "Delay", ("duration", Lit("PT2H"))).Add("log", "WriteLine", ("text", Lit("later"))).Connect("wait", "log").Build();
        var run = new Harness(flow).Start();

        var timer = Assert.Single(run.Last.Timers);
        Assert.Equal((BookmarkKind.Timer, run.Clock.GetUtcNow().AddHours(2)), (timer.Kind, timer.DueAt!.Value));
        run.Advance(TimeSpan.FromHours(2));

        Assert.Equal(["later"], run.Lines);
    }

    [Fact]
    public void A_fault_activity_faults_the_instance_with_its_message()
    {
        var run = new Harness(new FlowBuilder().Add("f", "Fault", ("message", Lit("Out of stock")), ("code", Lit("E42"))).Build()).Start();

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Equal((IncidentKind.FaultActivity, "E42: Out of stock"), (run.Incident.Kind, run.Incident.Message));
        Assert.Null(run.Incident.RetryAt);
    }

    [Fact]
    public void End_finishes_the_workflow_even_with_connections_after_it()
    {
        var flow = new FlowBuilder().Add("end", "End").Build();

        Assert.Equal(WorkflowStatus.Finished, new Harness(flow).Start().Status);
    }
}
