using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Expressions;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static SmeOnboard.Workflows.Tests.Support.FlowBuilder;

namespace SmeOnboard.Workflows.Tests.Runtime;

public class FaultTests
{
    private sealed class Flaky(int failures) : IActivity
    {
        public int Calls { get; private set; }
        public ActivityDescriptor Descriptor { get; } = new("Flaky", "Test", "Flaky", "Fails a number of times, then works.");

        public ActivityResult Execute(ActivityContext context)
        {
            context.WriteLine($"call {++Calls}");
            return Calls <= failures ? throw new InvalidOperationException("service unavailable") : ActivityResult.Done;
        }
    }

    private static (WorkflowRunner Runner, FakeTimeProvider Clock, Model.WorkflowDefinition Flow) Setup(Flaky flaky, int attempts = 3)
    {
        var registry = new ActivityRegistry([.. ActivityRegistry.CreateDefault().Descriptors.Select(d => ActivityRegistry.CreateDefault().Find(d.Type)!), flaky]);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var options = new WorkflowRunnerOptions { RetryPolicy = new RetryPolicy { MaxAttempts = attempts, InitialBackoff = TimeSpan.FromSeconds(10) } };
        var flow = new FlowBuilder().Add("flaky", "Flaky").Add("after", "WriteLine", ("text", Lit("after"))).Connect("flaky", "after").Build();
        return (new WorkflowRunner(registry, new JavaScriptEvaluator(), clock, options), clock, flow);
    }

    [Fact]
    public void An_activity_exception_faults_the_instance_with_an_incident_and_a_timed_retry()
    {
        var (runner, clock, flow) = Setup(new Flaky(1));

        var result = runner.Start(flow, new StartRequest { OrganisationId = "o" });

        Assert.Equal(WorkflowStatus.Faulted, result.Instance.Status);
        var incident = Assert.Single(result.Incidents);
        Assert.Equal((IncidentKind.ActivityFailed, "flaky", 1), (incident.Kind, incident.ActivityId, incident.Attempt));
        Assert.Equal(clock.GetUtcNow().AddSeconds(10), incident.RetryAt);
        Assert.Equal(BookmarkKind.Retry, Assert.Single(result.Timers).Kind);
        Assert.DoesNotContain(result.Lines, l => l == "after");
    }

    [Fact]
    public void A_due_retry_runs_the_failed_activity_again_and_continues()
    {
        var (runner, clock, flow) = Setup(new Flaky(1));
        var faulted = runner.Start(flow, new StartRequest { OrganisationId = "o" });
        clock.Advance(TimeSpan.FromSeconds(10));

        var retried = runner.Resume(flow, faulted.Instance, faulted.Timers.Single().Id);

        Assert.Equal(WorkflowStatus.Finished, retried.Instance.Status);
        Assert.Equal(["call 2", "after"], retried.Lines);
    }

    [Fact]
    public void Backoff_grows_and_retries_stop_after_the_last_attempt()
    {
        var (runner, _, flow) = Setup(new Flaky(5), attempts: 3);
        var result = runner.Start(flow, new StartRequest { OrganisationId = "o" });
        result = runner.Retry(flow, result.Instance);
        Assert.Equal(TimeSpan.FromSeconds(20), result.Incidents.Single().RetryAt - result.Incidents.Single().OccurredAt);

        result = runner.Retry(flow, result.Instance);

        var last = result.Incidents.Single();
        Assert.Equal(3, last.Attempt);
        Assert.Null(last.RetryAt);
        Assert.Empty(result.Instance.Bookmarks);
        Assert.Equal(WorkflowStatus.Faulted, result.Instance.Status);
    }

    [Fact]
    public void An_operator_can_cancel_a_faulted_instance()
    {
        var (runner, _, flow) = Setup(new Flaky(1));
        var faulted = runner.Start(flow, new StartRequest { OrganisationId = "o" });

        var cancelled = runner.Cancel(flow, faulted.Instance);

        Assert.Equal(WorkflowStatus.Cancelled, cancelled.Instance.Status);
        Assert.Empty(cancelled.Instance.Bookmarks);
        Assert.Contains(faulted.Timers.Single().Id, cancelled.BookmarksRemoved);
    }

    [Fact]
    public void A_retry_after_a_runaway_burst_continues_where_it_stopped()
    {
        var flow = new FlowBuilder().Variable("i", Model.VariableType.Number, 0)
            .Add("inc", "SetVariable", ("variable", Lit("i")), ("value", Js("i + 1")))
            .Add("again", "Decision", ("condition", Js("i < 60"))).Connect("inc", "again").Connect("again", "inc", "True").Build();
        var run = new Harness(flow, new WorkflowRunnerOptions { MaxActivityExecutionsPerBurst = 100 }).Start();
        Assert.Equal(WorkflowStatus.Faulted, run.Status);

        run.Retry();

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal("60", run.Variable("i")!.ToJsonString());
    }

    [Fact]
    public void A_failed_execution_leaves_no_variable_change_or_outbox_message()
    {
        var flow = new FlowBuilder().Variable("n", Model.VariableType.Number, 0)
            .Add("set", "SetVariable", ("variable", Lit("n")), ("value", Js("setN(5); undefinedThing")))
            .Build();

        var run = new Harness(flow).Start();

        Assert.Equal("0", run.Variable("n")!.ToJsonString());
        Assert.Equal(WorkflowStatus.Faulted, run.Status);
    }
}
