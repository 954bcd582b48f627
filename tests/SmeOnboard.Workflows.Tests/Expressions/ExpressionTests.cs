using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Expressions;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Tests.Support;
using static SmeOnboard.Workflows.Tests.Support.FlowBuilder;

namespace SmeOnboard.Workflows.Tests.Expressions;

public class ExpressionTests
{
    private static Harness RunScript(string script, VariableType type = VariableType.Number, JsonNode? initial = null, ScriptOptions? options = null)
    {
        var flow = new FlowBuilder().Variable("count", type, initial ?? 1)
            .Add("set", "SetVariable", ("variable", Lit("count")), ("value", Js(script))).Build();
        return new Harness(flow, scripts: options).Start();
    }

    [Fact]
    public void A_variable_is_readable_by_its_bare_name() =>
        Assert.Equal("2", RunScript("count + 1").Variable("count")!.ToJsonString());

    [Fact]
    public void Elsa_getter_and_setter_functions_read_and_write_variables() =>
        Assert.Equal("11", RunScript("setCount(getCount() + 10); getCount()").Variable("count")!.ToJsonString());

    [Fact]
    public void The_variables_object_reads_and_writes_variables() =>
        Assert.Equal("5", RunScript("variables.count = 4; variables.count + 1").Variable("count")!.ToJsonString());

    [Fact]
    public void The_organisation_id_is_in_scope()
    {
        var run = RunScript("organisationId", VariableType.String, "");

        Assert.Equal(Harness.Organisation, run.Variable("count")!.GetValue<string>());
    }

    [Fact]
    public void A_script_that_never_ends_becomes_an_incident()
    {
        var run = RunScript("while(true){}", options: new ScriptOptions { Timeout = TimeSpan.FromMilliseconds(200) });

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Equal(IncidentKind.ScriptError, run.Incident.Kind);
        Assert.Contains("ran longer", run.Incident.Message);
        Assert.Equal("set", run.Incident.ActivityId);
    }

    [Fact]
    public void Endless_recursion_becomes_an_incident()
    {
        var run = RunScript("function f(n) { return f(n + 1); }\nf(0)");

        Assert.Contains("nested calls", run.Incident.Message);
    }

    [Fact]
    public void A_script_that_allocates_too_much_becomes_an_incident()
    {
        var run = RunScript("let s = []; for (;;) s.push('xxxxxxxxxxxxxxxxxxxxxxxx');", options: new ScriptOptions { MemoryLimitBytes = 4_000_000 });

        Assert.Contains("allocated more than", run.Incident.Message);
    }

    [Fact]
    public void A_script_error_names_the_activity_the_input_and_the_line()
    {
        var run = RunScript("let a = 1;\nlet b = 2;\na + missing");

        Assert.Equal(IncidentKind.ScriptError, run.Incident.Kind);
        Assert.Equal(("set", "value", 3), (run.Incident.ActivityId, run.Incident.Field, run.Incident.Line));
        Assert.Contains("missing", run.Incident.Message);
    }

    [Fact]
    public void A_syntax_error_names_its_line()
    {
        var run = RunScript("1 +\n+ * 2");

        Assert.Equal(IncidentKind.ScriptError, run.Incident.Kind);
        Assert.Equal(2, run.Incident.Line);
    }

    [Fact]
    public void Writing_the_wrong_type_from_a_script_is_a_type_incident_with_the_line()
    {
        var run = RunScript("let x = 'text';\nsetCount(x);\n1");

        Assert.Equal(IncidentKind.VariableTypeMismatch, run.Incident.Kind);
        Assert.Equal(2, run.Incident.Line);
        Assert.Contains("count", run.Incident.Message);
    }

    [Fact]
    public void A_script_result_of_the_wrong_type_is_a_type_incident()
    {
        var run = RunScript("'not a number'");

        Assert.Equal(IncidentKind.VariableTypeMismatch, run.Incident.Kind);
        Assert.Equal("value", run.Incident.Field);
    }

    [Fact]
    public void Declarations_of_one_evaluation_do_not_leak_into_the_next_on_a_pooled_engine()
    {
        var evaluator = new JavaScriptEvaluator();
        var scope = new ScriptScope { Variables = new VariableSet([], new Dictionary<string, JsonNode?>()), OrganisationId = "o", InstanceId = "i" };

        evaluator.Evaluate("var leaked = 1; let x = 2; x", scope);
        var second = evaluator.Evaluate("let x = 3; typeof leaked", scope);

        Assert.Equal("undefined", second!.GetValue<string>());
    }

    [Fact]
    public void Objects_and_dates_come_back_as_json()
    {
        var evaluator = new JavaScriptEvaluator();
        var scope = new ScriptScope { Variables = new VariableSet([], new Dictionary<string, JsonNode?>()), OrganisationId = "o", InstanceId = "i" };

        var result = evaluator.Evaluate("({ n: 1, when: new Date(0), tags: ['a'] })", scope);

        Assert.Equal("""{"n":1,"when":"1970-01-01T00:00:00.000Z","tags":["a"]}""", result!.ToJsonString());
    }
}
