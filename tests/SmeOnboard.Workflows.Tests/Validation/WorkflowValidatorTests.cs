using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Tests.Support;
using SmeOnboard.Workflows.Validation;
using static SmeOnboard.Workflows.Tests.Support.FlowBuilder;

namespace SmeOnboard.Workflows.Tests.Validation;

public class WorkflowValidatorTests
{
    private static readonly WorkflowValidator Validator = new(ActivityRegistry.CreateDefault());

    private static ValidationError Single(FlowBuilder flow) => Assert.Single(Validator.Validate(flow.Build()));

    [Fact]
    public void A_correct_definition_has_no_errors()
    {
        var flow = new FlowBuilder().Variable("n", VariableType.Number, 1).Add("start", "ManualStart")
            .Add("d", "Decision", ("condition", Js("n > 0"))).Add("log", "WriteLine", ("text", Lit("hi")))
            .Connect("start", "d").Connect("d", "log", "True").Build();

        Assert.Empty(Validator.Validate(flow));
    }

    [Fact]
    public void Invalid_json_is_reported_as_such() =>
        Assert.StartsWith("Invalid JSON", Assert.Single(Validator.Validate("{ not json")).Message);

    [Fact]
    public void An_unknown_activity_type_is_named_with_its_activity()
    {
        var error = Single(new FlowBuilder().Add("x", "Teleport"));

        Assert.Equal(("x", "type"), (error.ActivityId, error.Field));
        Assert.Contains("Teleport", error.Message);
    }

    [Fact]
    public void Duplicate_activity_ids_are_refused() =>
        Assert.Equal("id", Single(new FlowBuilder().Add("a", "End").Add("a", "End")).Field);

    [Fact]
    public void A_connection_to_a_missing_activity_is_refused()
    {
        var error = Single(new FlowBuilder().Add("a", "ManualStart").Connect("a", "ghost"));

        Assert.Equal(("ghost", "connections[0].target"), (error.ActivityId, error.Field));
    }

    [Fact]
    public void A_connection_from_a_port_the_activity_does_not_have_is_refused()
    {
        var error = Single(new FlowBuilder().Add("d", "Decision", ("condition", Lit(true))).Add("e", "End").Connect("d", "e", "Maybe"));

        Assert.Equal(("d", "connections[0].source.port"), (error.ActivityId, error.Field));
        Assert.Contains("True, False", error.Message);
    }

    [Fact]
    public void Switch_cases_and_fork_branches_are_ports()
    {
        var cases = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["label"] = "Hot", ["condition"] = "true" });
        var flow = new FlowBuilder().Add("s", "Switch", ("cases", Lit(cases))).Add("f", "Fork").Add("e", "End")
            .Connect("s", "e", "Hot").Connect("s", "f", "Default").Connect("f", "e", "Branch 2").Build();

        Assert.Empty(Validator.Validate(flow));
    }

    [Fact]
    public void A_missing_required_input_is_refused_by_name()
    {
        var error = Single(new FlowBuilder().Add("d", "Delay"));

        Assert.Equal(("d", "duration"), (error.ActivityId, error.Field));
    }

    [Fact]
    public void An_input_the_activity_does_not_have_is_refused() =>
        Assert.Equal("colour", Single(new FlowBuilder().Add("e", "End", ("colour", Lit("red")))).Field);

    [Fact]
    public void A_dropdown_value_outside_its_options_is_refused() =>
        Assert.Equal("mode", Single(new FlowBuilder().Add("j", "Join", ("mode", Lit("WaitSome")))).Field);

    [Fact]
    public void A_literal_only_input_refuses_a_script() =>
        Assert.Contains("literal", Single(new FlowBuilder().Add("j", "Join", ("mode", Js("'WaitAny'")))).Message);

    [Fact]
    public void A_variable_default_of_the_wrong_type_is_refused()
    {
        var error = Single(new FlowBuilder().Variable("n", VariableType.Number, "three"));

        Assert.Equal("variables.n.default", error.Field);
    }

    [Fact]
    public void Setting_a_variable_to_a_literal_of_the_wrong_type_is_refused()
    {
        var error = Single(new FlowBuilder().Variable("ok", VariableType.Boolean)
            .Add("s", "SetVariable", ("variable", Lit("ok")), ("value", Lit("yes"))));

        Assert.Equal(("s", "value"), (error.ActivityId, error.Field));
    }

    [Fact]
    public void Referring_to_an_undeclared_variable_is_refused() =>
        Assert.Equal("variable", Single(new FlowBuilder().Add("s", "SetVariable", ("variable", Lit("nope")), ("value", Lit(1)))).Field);

    [Fact]
    public void An_invalid_cron_expression_is_refused() =>
        Assert.Equal("cron", Single(new FlowBuilder().Add("c", "Schedule", ("cron", Lit("every monday")))).Field);

    [Fact]
    public void An_invalid_duration_is_refused() =>
        Assert.Equal("duration", Single(new FlowBuilder().Add("d", "Delay", ("duration", Lit("soon")))).Field);

    [Fact]
    public void A_human_task_without_an_assignee_is_refused() =>
        Assert.Equal("assigneeRole", Single(new FlowBuilder().Add("t", "HumanTask", ("title", Lit("t")), ("form", Lit("f")))).Field);

    [Fact]
    public void A_device_topic_with_wildcards_is_refused() =>
        Assert.Equal("topic", Single(new FlowBuilder().Add("s", "DeviceSignal", ("topic", Lit("plant/+/temp")))).Field);

    [Fact]
    public void An_http_request_to_a_non_http_address_is_refused() =>
        Assert.Equal("url", Single(new FlowBuilder().Add("h", "HttpRequest", ("url", Lit("ftp://example.org")))).Field);

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var flow = new FlowBuilder().Add("a", "Teleport").Add("d", "Delay").Connect("d", "missing").Build();

        Assert.Equal(3, Validator.Validate(flow).Count);
    }
}
