using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SmeOnboard.Cli.Tests.Support;
using SmeOnboard.Workflows.Activities;

namespace SmeOnboard.Cli.Tests.Docs;

/// <summary>Keeps docs/workflows.md true: its commands run as shown, its examples are all used, its activities all described.</summary>
public class DocumentationExampleTests
{
    private const string ExamplesFolder = "docs/workflows/examples";

    private static string Markdown => File.ReadAllText(CliHost.RepositoryFile("docs/workflows.md"));

    public static TheoryData<string> DocumentedCommands() => [.. DocumentedCommand.ReadAll(Markdown).Select(c => c.CommandLine)];

    [Theory]
    [MemberData(nameof(DocumentedCommands))]
    public void Each_documented_command_prints_exactly_what_the_documentation_shows(string commandLine)
    {
        var command = DocumentedCommand.ReadAll(Markdown).First(c => c.CommandLine == commandLine);
        var arguments = command.Arguments()
            .Select(a => a.StartsWith(ExamplesFolder, StringComparison.Ordinal) ? CliHost.RepositoryFile(a) : a)
            .ToArray();

        var result = CliHost.Run(arguments);

        Assert.Equal(command.ExpectedOutput, result.OutputLines);
        if (command.ExpectedOutput[^1].StartsWith("status: ", StringComparison.Ordinal))
            Assert.Equal(command.ExpectedOutput[^1] is "status: Finished" or "status: Suspended" ? 0 : 1, result.ExitCode);
    }

    [Fact]
    public void Every_example_file_is_run_by_a_documented_command()
    {
        var used = DocumentedCommand.ReadAll(Markdown).SelectMany(c => c.Arguments()).ToHashSet();

        var unused = Directory.GetFiles(CliHost.RepositoryFile(ExamplesFolder), "*.json")
            .Select(f => $"{ExamplesFolder}/{Path.GetFileName(f)}")
            .Where(f => !used.Contains(f));

        Assert.Empty(unused);
    }

    [Fact]
    public void The_format_example_in_the_documentation_is_the_hello_example_file()
    {
        var block = Regex.Match(Markdown, "```json\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;

        var file = File.ReadAllText(CliHost.RepositoryFile($"{ExamplesFolder}/hello.json"));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(file), JsonNode.Parse(block)));
    }

    [Fact]
    public void Every_activity_is_described_with_its_inputs_and_outcomes()
    {
        var sections = Regex.Split(Markdown, "^### ", RegexOptions.Multiline).Skip(1)
            .ToDictionary(s => s[..s.IndexOf('\n')].Trim().Trim('`'), s => s);

        foreach (var descriptor in ActivityRegistry.CreateDefault().Descriptors)
        {
            Assert.True(sections.TryGetValue(descriptor.Type, out var section), $"docs/workflows.md has no section for {descriptor.Type}.");
            Assert.StartsWith(descriptor.Category + ".", section[(section.IndexOf('\n') + 1)..]);
            foreach (var name in descriptor.Inputs.Select(i => i.Name).Concat(descriptor.Outcomes))
                Assert.True(section.Contains($"`{name}`", StringComparison.Ordinal), $"The section on {descriptor.Type} does not mention `{name}`.");
        }
    }
}
