using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Tests.Support;
using static SmeOnboard.Workflows.Tests.Support.FlowBuilder;

namespace SmeOnboard.Workflows.Tests.Activities;

public class PeopleActivityTests
{
    [Fact]
    public void A_human_task_waits_with_its_form_assignee_and_due_date_then_keeps_the_completed_form()
    {
        var flow = new FlowBuilder().Variable("result", VariableType.Object)
            .Add("task", "HumanTask", ("title", Lit("Inspect batch")), ("form", Lit("inspection")), ("assigneeUser", Lit("ana@example.org")),
                ("dueDate", Js("new Date(Date.UTC(2026, 2, 3)).toISOString()")), ("resultVariable", Lit("result"))).Build();
        var run = new Harness(flow).Start();
        var task = run.BookmarkAt("task");

        Assert.Equal(BookmarkKind.HumanTask, task.Kind);
        Assert.Equal("inspection", task.Payload!["form"]!.GetValue<string>());
        Assert.Equal("ana@example.org", task.Payload["assigneeUser"]!.GetValue<string>());
        Assert.Equal("2026-03-03T00:00:00.0000000+00:00", task.Payload["dueDate"]!.GetValue<string>());

        run.Resume(task, new JsonObject { ["passed"] = true });

        Assert.Equal("""{"passed":true}""", run.Variable("result")!.ToJsonString());
        Assert.Equal(WorkflowStatus.Finished, run.Status);
    }

    [Theory]
    [InlineData("Approved")]
    [InlineData("Rejected")]
    public void An_approval_continues_on_the_decision_and_keeps_the_comment(string decision)
    {
        var flow = new FlowBuilder().Variable("comment", VariableType.String)
            .Add("ok", "Approval", ("title", Lit("Buy press")), ("assigneeRole", Lit("FirmAdmin")), ("commentVariable", Lit("comment")))
            .Add("yes", "WriteLine", ("text", Lit("yes"))).Add("no", "WriteLine", ("text", Lit("no")))
            .Connect("ok", "yes", "Approved").Connect("ok", "no", "Rejected").Build();
        var run = new Harness(flow).Start();

        run.Resume("ok", new JsonObject { ["decision"] = decision, ["comment"] = "fine" });

        Assert.Equal([decision == "Approved" ? "yes" : "no"], run.Lines);
        Assert.Equal("fine", run.Variable("comment")!.GetValue<string>());
    }

    [Fact]
    public void An_approval_without_a_valid_decision_stays_open()
    {
        var flow = new FlowBuilder().Add("ok", "Approval", ("title", Lit("Buy press")), ("assigneeRole", Lit("FirmAdmin"))).Build();
        var run = new Harness(flow).Start();

        run.Resume("ok", new JsonObject { ["decision"] = "Maybe" });

        Assert.False(run.Last.Changed);
        Assert.Single(run.Instance.Bookmarks);
    }

    [Fact]
    public void A_notification_is_queued_in_the_outbox_rather_than_sent()
    {
        var flow = new FlowBuilder().Add("n", "SendNotification", ("channel", Lit("Email")), ("toRole", Lit("FirmAdmin")),
            ("subject", Lit("Done")), ("body", Js("'Batch ' + 7 + ' passed'"))).Build();

        var message = Assert.Single(new Harness(flow).Start().Last.Outbox);

        Assert.Equal(OutboxKind.Notification, message.Kind);
        Assert.Equal("Batch 7 passed", message.Payload["body"]!.GetValue<string>());
        Assert.EndsWith(":1", message.IdempotencyKey);
    }
}
