using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Tests.Support;
using static SmeOnboard.Workflows.Tests.Support.FlowBuilder;

namespace SmeOnboard.Workflows.Tests.Runtime;

/// <summary>Which activities count as start triggers: what publishing records and a signal or webhook call starts.</summary>
public class WorkflowTriggerTests
{
    [Fact]
    public void Device_signal_and_webhook_activities_nothing_points_to_are_triggers_keyed_by_topic_and_path()
    {
        var definition = new FlowBuilder()
            .Add("signal", "DeviceSignal", ("topic", Lit("plant/press")))
            .Add("hook", "Webhook", ("path", Lit("orders/created")))
            .Add("later", "DeviceSignal", ("topic", Lit("plant/oven")))
            .Add("log", "WriteLine", ("text", Lit("x")))
            .Connect("signal", "later").Connect("hook", "log")
            .Build();

        Assert.Equal(
            [new WorkflowTrigger("signal", BookmarkKind.DeviceSignal, "plant/press"), new WorkflowTrigger("hook", BookmarkKind.Webhook, "orders/created")],
            WorkflowTrigger.Of(definition));
    }

    [Fact]
    public void A_key_that_is_not_a_literal_string_cannot_be_looked_up_and_is_no_trigger()
    {
        var definition = new FlowBuilder()
            .Add("script", "DeviceSignal", ("topic", Js("'plant/' + 'press'")))
            .Add("empty", "Webhook", ("path", Lit("")))
            .Add("number", "Webhook", ("path", Lit(42)))
            .Add("start", "ManualStart")
            .Build();

        Assert.Empty(WorkflowTrigger.Of(definition));
    }

    [Fact]
    public void A_schedule_nothing_points_to_is_a_timer_trigger_keyed_by_its_cron_expression()
    {
        var definition = new FlowBuilder()
            .Add("cron", "Schedule", ("cron", Lit("0 7 * * 1-5")))
            .Add("again", "Schedule", ("cron", Lit("0 8 * * *")))
            .Connect("cron", "again")
            .Build();

        Assert.Equal([new WorkflowTrigger("cron", BookmarkKind.Timer, "0 7 * * 1-5")], WorkflowTrigger.Of(definition));
    }
}
