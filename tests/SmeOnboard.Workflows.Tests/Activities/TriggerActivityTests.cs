using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Activities.BuiltIn;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Tests.Support;
using static SmeOnboard.Workflows.Tests.Support.FlowBuilder;

namespace SmeOnboard.Workflows.Tests.Activities;

public class TriggerActivityTests
{
    private static FlowBuilder Then(FlowBuilder flow, string trigger) =>
        flow.Variable("data", VariableType.Object).Add("log", "WriteLine", ("text", Js("JSON.stringify(data)"))).Connect(trigger, "log");

    [Fact]
    public void Manual_start_completes_at_once()
    {
        var run = new Harness(new FlowBuilder().Add("start", "ManualStart").Add("log", "WriteLine", ("text", Lit("go"))).Connect("start", "log").Build()).Start();

        Assert.Equal(["go"], run.Lines);
    }

    [Fact]
    public void A_form_submitted_trigger_that_started_the_instance_hands_on_the_submission()
    {
        var flow = Then(new FlowBuilder().Add("form", "FormSubmitted", ("form", Lit("audit")), ("resultVariable", Lit("data"))), "form").Build();

        var run = new Harness(flow).Start(trigger: "form", triggerPayload: new JsonObject { ["score"] = 4 });

        Assert.Equal(["""{"score":4}"""], run.Lines);
    }

    [Fact]
    public void A_form_submitted_trigger_reached_mid_flow_waits_for_that_form()
    {
        var flow = Then(new FlowBuilder().Add("form", "FormSubmitted", ("form", Lit("audit")), ("resultVariable", Lit("data"))), "form").Build();
        var run = new Harness(flow).Start();

        var bookmark = run.BookmarkAt("form");
        run.Resume(bookmark, new JsonObject { ["score"] = 5 });

        Assert.Equal((BookmarkKind.FormSubmitted, "audit"), (bookmark.Kind, bookmark.StimulusKey));
        Assert.Equal(["""{"score":5}"""], run.Lines);
    }

    [Fact]
    public void A_schedule_reached_mid_flow_waits_until_the_next_cron_occurrence()
    {
        var flow = new FlowBuilder().Add("cron", "Schedule", ("cron", Lit("30 9 * * *"))).Add("log", "WriteLine", ("text", Lit("tick"))).Connect("cron", "log").Build();
        var run = new Harness(flow).Start();

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero), run.BookmarkAt("cron").DueAt);
        run.Advance(TimeSpan.FromMinutes(89));
        Assert.Empty(run.Lines);
        run.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(["tick"], run.Lines);
    }

    [Fact]
    public void A_schedule_with_six_fields_reads_the_first_as_seconds_as_elsa_does()
    {
        var flow = new FlowBuilder().Add("cron", "Schedule", ("cron", Lit("15 30 9 * * *"))).Build();

        var run = new Harness(flow).Start();

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 30, 15, TimeSpan.Zero), run.BookmarkAt("cron").DueAt);
    }

    [Fact]
    public void Only_the_latest_missed_occurrence_of_a_schedule_is_due()
    {
        var after = new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

        Assert.Null(Schedule.LatestDue("0 * * * *", TimeZoneInfo.Utc, after, after.AddMinutes(59)));
        Assert.Equal(after.AddHours(1), Schedule.LatestDue("0 * * * *", TimeZoneInfo.Utc, after, after.AddHours(1)));
        Assert.Equal(after.AddHours(5), Schedule.LatestDue("0 * * * *", TimeZoneInfo.Utc, after, after.AddHours(5).AddMinutes(30)));
    }

    [Fact]
    public void A_webhook_waits_on_its_path_and_keeps_the_request_body()
    {
        var flow = Then(new FlowBuilder().Add("hook", "Webhook", ("path", Lit("orders/created")), ("resultVariable", Lit("data"))), "hook").Build();
        var run = new Harness(flow).Start();

        Assert.Equal(Stimulus.HashOf(BookmarkKind.Webhook, "orders/created"), run.BookmarkAt("hook").StimulusHash);
        run.Resume("hook", new JsonObject { ["order"] = "A-1" });

        Assert.Equal(["""{"order":"A-1"}"""], run.Lines);
    }

    [Fact]
    public void A_device_signal_ignores_a_message_its_condition_rejects_and_continues_on_one_it_accepts()
    {
        var flow = Then(new FlowBuilder().Add("sig", "DeviceSignal", ("topic", Lit("press/1/temp")),
            ("condition", Js("signal.value > 80")), ("resultVariable", Lit("data"))), "sig").Build();
        var run = new Harness(flow).Start();

        run.Resume("sig", new JsonObject { ["value"] = 70 });
        Assert.False(run.Last.Changed);
        Assert.Equal(WorkflowStatus.Suspended, run.Status);

        run.Resume("sig", new JsonObject { ["value"] = 90 });
        Assert.Equal(["""{"value":90}"""], run.Lines);
    }
}
