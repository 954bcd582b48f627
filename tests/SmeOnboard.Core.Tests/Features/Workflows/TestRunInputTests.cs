using System.Text.Json.Nodes;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>The input typed for a test run is checked against the workflow's variables, with a plain message per problem.</summary>
public sealed class TestRunInputTests
{
    private static readonly IReadOnlyList<VariableDefinition> Variables =
    [
        new() { Name = "amount", Type = VariableType.Number },
        new() { Name = "urgent", Type = VariableType.Boolean, Default = true },
        new() { Name = "due", Type = VariableType.Date },
    ];

    [Fact]
    public void An_empty_input_starts_without_input()
    {
        var read = TestRunInput.Read("  ", Variables);

        Assert.True(read.Succeeded);
        Assert.Null(read.Value);
    }

    [Fact]
    public void Values_that_fit_their_variables_are_accepted_and_other_properties_pass_through()
    {
        var read = TestRunInput.Read("""{"amount": 12.5, "urgent": false, "due": "2026-12-01", "note": "extra"}""", Variables);

        Assert.True(read.Succeeded);
        Assert.Equal("extra", read.Value!["note"]!.GetValue<string>());
    }

    [Fact]
    public void Broken_json_names_where_it_breaks()
    {
        var read = TestRunInput.Read("{\"amount\": 1,\n \"urgent\": }", Variables);

        var error = Assert.Single(read.Errors);
        Assert.Equal("input", error.Field);
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void Something_other_than_an_object_is_refused()
    {
        var read = TestRunInput.Read("[1, 2]", Variables);

        Assert.Contains("must be an object", Assert.Single(read.Errors).Message);
    }

    [Fact]
    public void Each_value_of_the_wrong_type_is_named_with_the_type_it_needs()
    {
        var read = TestRunInput.Read("""{"amount": "twelve", "urgent": "yes", "due": "soon"}""", Variables);

        Assert.Equal(["input.amount", "input.urgent", "input.due"], read.Errors.Select(e => e.Field));
        Assert.Equal("'amount' must be a number.", read.Errors[0].Message);
    }

    [Fact]
    public void The_template_lists_every_variable_with_its_default_or_an_empty_value()
    {
        var template = JsonNode.Parse(TestRunInput.Template(Variables))!.AsObject();

        Assert.Equal(["amount", "urgent", "due"], template.Select(p => p.Key));
        Assert.Equal((0, true), (template["amount"]!.GetValue<int>(), template["urgent"]!.GetValue<bool>()));
        Assert.Null(template["due"]);
    }
}
