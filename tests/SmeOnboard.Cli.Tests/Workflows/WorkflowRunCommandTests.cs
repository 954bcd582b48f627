using SmeOnboard.Cli.Tests.Support;

namespace SmeOnboard.Cli.Tests.Workflows;

public class WorkflowRunCommandTests
{
    private static string Example(string name) => CliHost.RepositoryFile($"docs/workflows/examples/{name}");

    [Fact]
    public void Running_prints_each_written_line_then_the_status_as_the_last_line()
    {
        var result = CliHost.Run("workflow", "run", Example("hello.json"));

        Assert.Equal("Hello, world!\nstatus: Finished\n", result.Output);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void The_input_sets_variables_of_the_same_name()
    {
        var result = CliHost.Run("workflow", "run", Example("hello.json"), "--input", """{ "name": "Ada" }""");

        Assert.Equal(["Hello, Ada!", "status: Finished"], result.OutputLines);
    }

    [Fact]
    public void Timers_due_within_the_maximum_wait_fire_without_real_waiting()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = CliHost.Run("workflow", "run", Example("reminders.json"));

        Assert.Equal(["reminder 1", "reminder 2", "reminder 3", "status: Finished"], result.OutputLines);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"The run took {clock.Elapsed}.");
    }

    [Fact]
    public void A_timer_due_after_the_maximum_wait_never_fires_and_the_run_ends_suspended()
    {
        var result = CliHost.Run("workflow", "run", Example("reminders.json"), "--max-wait", "25");

        Assert.Equal(["reminder 1", "reminder 2", "status: Suspended"], result.OutputLines);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("waiting: Timer at activity 'wait', due at +30 s", result.Error);
    }

    [Fact]
    public void A_timer_due_exactly_at_the_maximum_wait_fires()
    {
        var result = CliHost.Run("workflow", "run", Example("reminders.json"), "--max-wait", "10");

        Assert.Equal(["reminder 1", "status: Suspended"], result.OutputLines);
    }

    [Fact]
    public void A_workflow_waiting_for_a_person_ends_suspended_with_exit_code_zero()
    {
        var result = CliHost.Run("workflow", "run", Example("order-dispatch.json"), "--input", """{ "quantity": 500 }""");

        Assert.Equal(["order of 500 parts", "status: Suspended"], result.OutputLines);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("waiting: Approval at activity 'approve'", result.Error);
    }

    [Fact]
    public void A_faulted_run_prints_its_status_last_the_incident_on_standard_error_and_exits_non_zero()
    {
        var result = CliHost.Run("workflow", "run", Example("script-error.json"), "--input", """{ "order": {} }""");

        Assert.Equal(["checking the order", "status: Faulted"], result.OutputLines);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("incident: ScriptError: activity 'check', text, line 2:", result.Error);
    }

    [Theory]
    [InlineData("fork-wait-any.json", new[] { "waiting for approval or timeout", "timed out", "after the fork", "status: Finished" })]
    [InlineData("nested-flowchart.json", new[] { "before the sub-flow", "inside the sub-flow", "written by the FlowNode's body", "after the sub-flow", "status: Finished" })]
    [InlineData("loop-legacy-connections.json", new[] { "Do something #1", "Retry", "Do something #2", "Done", "status: Finished" })]
    [InlineData("cron.json", new[] { "tick", "status: Finished" })]
    [InlineData("fault.json", new[] { "about to fail", "status: Faulted" })]
    public void Elsa_3_exports_run_with_the_outputs_elsa_gives(string sample, string[] expected)
    {
        var result = CliHost.Run("workflow", "run", CliHost.Sample($"Elsa/{sample}"));

        Assert.Equal(expected, result.OutputLines);
    }

    [Fact]
    public void An_invalid_definition_is_not_run_its_problems_go_to_standard_error()
    {
        var result = CliHost.Run("workflow", "run", Example("broken.json"));

        Assert.Equal("", result.Output);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("activity 'mail', type: Unknown activity type 'SendFax'.", result.ErrorLines);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        var result = CliHost.Run("workflow", "run", "no-such-file.json");

        Assert.Equal(("", 2), (result.Output, result.ExitCode));
        Assert.Equal(["There is no file 'no-such-file.json'."], result.ErrorLines);
    }

    [Fact]
    public void Input_that_is_not_json_is_a_usage_error()
    {
        var result = CliHost.Run("workflow", "run", Example("hello.json"), "--input", "{ name: ");

        Assert.Equal(("", 2), (result.Output, result.ExitCode));
        Assert.StartsWith("--input is not valid JSON", result.Error);
    }
}
