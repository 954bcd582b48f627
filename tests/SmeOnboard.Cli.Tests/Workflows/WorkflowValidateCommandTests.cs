using SmeOnboard.Cli.Tests.Support;

namespace SmeOnboard.Cli.Tests.Workflows;

public class WorkflowValidateCommandTests
{
    [Fact]
    public void A_valid_definition_exits_with_zero()
    {
        var result = CliHost.Run("workflow", "validate", CliHost.RepositoryFile("docs/workflows/examples/order-dispatch.json"));

        Assert.Equal((0, "valid: Order dispatch (10 activities)\n"), (result.ExitCode, result.Output));
    }

    [Fact]
    public void Every_problem_is_listed_with_its_activity_id_and_field()
    {
        var result = CliHost.Run("workflow", "validate", CliHost.RepositoryFile("docs/workflows/examples/broken.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
        [
            "variables.count.default: Variable 'count' is of type Number and cannot hold a string.",
            "activity 'wait', duration: 'Duration' is required.",
            "activity 'wait', id: The id 'wait' is used by more than one activity.",
            "activity 'mail', type: Unknown activity type 'SendFax'.",
            "activity 'join', mode: 'WaitSome' is not one of WaitAll, WaitAny.",
            "activity 'start', connections[1].source.port: 'ManualStart' has no outcome 'Approved' (it has Done).",
            "activity 'archive', connections[2].target: The connection ends at a missing activity 'archive'.",
        ], result.OutputLines);
    }

    [Fact]
    public void An_elsa_export_is_imported_before_it_is_validated()
    {
        var result = CliHost.Run("workflow", "validate", CliHost.Sample("Elsa/nested-flowchart.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("valid: Nested flowchart", result.Output);
    }

    [Fact]
    public void Unsupported_elsa_activities_are_one_problem_naming_each_by_name_and_id()
    {
        var result = CliHost.Run("workflow", "validate", CliHost.Sample("Elsa/unsupported.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            ["root.activities: These Elsa activities cannot be imported (unsupported types): Elsa.HttpEndpoint 'HttpEndpoint1' (id 'c2d3e4f5a6b7c8d9'), Elsa.SendEmail 'SendEmail1' (id 'e4f5a6b7c8d9e0f1')."],
            result.OutputLines);
    }

    [Fact]
    public void Invalid_json_is_reported_with_its_line()
    {
        var result = CliHost.Run("workflow", "validate", CliHost.Sample("Elsa/invalid-json.json"));

        Assert.Equal(1, result.ExitCode);
        var problem = Assert.Single(result.OutputLines);
        Assert.Contains("Invalid JSON at line 7", problem);
    }
}
