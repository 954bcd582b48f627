using SmeOnboard.Cli.Tests.Support;

namespace SmeOnboard.Cli.Tests.Templates;

public sealed class TemplatesValidateCommandTests
{
    [Fact]
    public void The_shipped_templates_are_all_valid_and_exit_zero()
    {
        var result = CliHost.Run("templates", "validate", CliHost.RepositoryFile("templates"));

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("10 valid, 0 invalid\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("valid: oee-calculator 1.0.0 (1 workflows, 1 forms, 1 tables, 4 KPIs)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_template_is_printed_with_folder_file_and_path_and_exits_one()
    {
        var root = Directory.CreateTempSubdirectory("smeonboard-cli-templates-").FullName;
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, "broken")).FullName;
            File.WriteAllText(Path.Combine(folder, "template.json"), "{ \"slug\": \"broken\" }");

            var result = CliHost.Run("templates", "validate", root);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("broken/template.json: Required properties", result.Output, StringComparison.Ordinal);
            Assert.EndsWith("0 valid, 1 invalid\n", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_missing_folder_exits_two()
    {
        var result = CliHost.Run("templates", "validate", Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}"));

        Assert.Equal(2, result.ExitCode);
    }
}
