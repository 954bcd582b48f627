using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Tests.Support;
using static SmeOnboard.Workflows.Tests.Support.FlowBuilder;

namespace SmeOnboard.Workflows.Tests.Activities;

public class DataActivityTests
{
    [Fact]
    public void Write_line_writes_its_text_to_the_journal()
    {
        var run = new Harness(new FlowBuilder().Add("w", "WriteLine", ("text", Js("'org ' + organisationId"))).Build()).Start();

        Assert.Equal(["org org-1"], run.Lines);
    }

    [Fact]
    public void Set_variable_sets_a_value_of_the_variables_type()
    {
        var flow = new FlowBuilder().Variable("when", VariableType.Date)
            .Add("s", "SetVariable", ("variable", Lit("when")), ("value", Lit("2026-05-01T10:00:00Z"))).Build();

        Assert.Equal("2026-05-01T10:00:00Z", new Harness(flow).Start().Variable("when")!.GetValue<string>());
    }

    [Fact]
    public void Set_variable_with_a_value_of_the_wrong_type_is_a_type_incident()
    {
        var flow = new FlowBuilder().Variable("ok", VariableType.Boolean)
            .Add("s", "SetVariable", ("variable", Lit("ok")), ("value", Lit(3))).Build();

        var run = new Harness(flow).Start();

        Assert.Equal((IncidentKind.VariableTypeMismatch, "s", "value"), (run.Incident.Kind, run.Incident.ActivityId, run.Incident.Field));
    }

    [Fact]
    public void Input_of_the_wrong_type_for_a_variable_faults_the_start()
    {
        var flow = new FlowBuilder().Variable("qty", VariableType.Number).Add("w", "WriteLine").Build();

        var run = new Harness(flow).Start(new JsonObject { ["qty"] = "many" });

        Assert.Equal((IncidentKind.VariableTypeMismatch, "input.qty"), (run.Incident.Kind, run.Incident.Field));
    }

    [Fact]
    public void An_http_request_is_queued_in_the_outbox_with_an_idempotency_key()
    {
        var flow = new FlowBuilder().Add("h", "HttpRequest", ("url", Lit("https://erp.example.org/orders")), ("method", Lit("POST")),
            ("body", Js("({ qty: 3 })"))).Build();

        var message = Assert.Single(new Harness(flow).Start().Last.Outbox);

        Assert.Equal((OutboxKind.HttpRequest, "https://erp.example.org/orders"), (message.Kind, message.Payload["url"]!.GetValue<string>()));
        Assert.Equal("""{"qty":3}""", message.Payload["body"]!.ToJsonString());
        Assert.Equal($"{message.InstanceId}:1", message.IdempotencyKey);
    }

    [Fact]
    public void An_http_request_to_an_address_computed_as_non_http_is_an_input_incident()
    {
        var run = new Harness(new FlowBuilder().Add("h", "HttpRequest", ("url", Js("'file:///etc/passwd'"))).Build()).Start();

        Assert.Equal((IncidentKind.InvalidInput, "url"), (run.Incident.Kind, run.Incident.Field));
        Assert.Empty(run.Last.Outbox);
    }

    [Fact]
    public void An_app_action_is_queued_and_without_a_callback_continues_at_once()
    {
        var flow = new FlowBuilder().Add("a", "CallAppAction", ("app", Lit("oee-pro")), ("action", Lit("recalculate"))).Build();

        var run = new Harness(flow).Start();

        Assert.Equal(OutboxKind.AppAction, Assert.Single(run.Last.Outbox).Kind);
        Assert.Equal(WorkflowStatus.Finished, run.Status);
    }

    [Fact]
    public void An_app_action_waiting_for_its_callback_resumes_on_the_callback_key()
    {
        var flow = new FlowBuilder().Variable("reply", VariableType.Object)
            .Add("a", "CallAppAction", ("app", Lit("oee-pro")), ("action", Lit("recalculate")), ("waitForCallback", Lit(true)), ("resultVariable", Lit("reply")))
            .Build();
        var run = new Harness(flow).Start();
        var key = run.Last.Outbox.Single().Payload["callbackKey"]!.GetValue<string>();

        var bookmark = run.BookmarkAt("a");
        run.Resume(bookmark, new JsonObject { ["oee"] = 0.82 });

        Assert.Equal((BookmarkKind.AppCallback, key, "oee-pro"), (bookmark.Kind, bookmark.StimulusKey, bookmark.Payload?["app"]?.GetValue<string>()));
        Assert.Equal("""{"oee":0.82}""", run.Variable("reply")!.ToJsonString());
    }
}
