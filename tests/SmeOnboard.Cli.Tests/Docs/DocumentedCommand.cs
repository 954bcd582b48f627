using System.Text;

namespace SmeOnboard.Cli.Tests.Docs;

/// <summary>One `$ smeonboard …` line of a console block in docs/workflows.md and the standard output shown under it.</summary>
internal sealed record DocumentedCommand(string CommandLine, IReadOnlyList<string> ExpectedOutput)
{
    private const string Prompt = "$ smeonboard ";

    /// <summary>Every command shown in the document's ```console blocks.</summary>
    public static IReadOnlyList<DocumentedCommand> ReadAll(string markdown)
    {
        var commands = new List<DocumentedCommand>();
        var inConsole = false;
        string? command = null;
        var output = new List<string>();
        foreach (var line in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                Flush();
                inConsole = !inConsole && line.Trim() == "```console";
                continue;
            }
            if (!inConsole)
                continue;
            if (line.StartsWith(Prompt, StringComparison.Ordinal))
            {
                Flush();
                command = line[Prompt.Length..];
            }
            else if (command is not null)
                output.Add(line);
        }
        return commands;

        void Flush()
        {
            if (command is not null)
                commands.Add(new DocumentedCommand(command, [.. output]));
            command = null;
            output.Clear();
        }
    }

    /// <summary>The arguments as a POSIX shell would split them (single and double quotes, no escapes needed here).</summary>
    public IReadOnlyList<string> Arguments()
    {
        var arguments = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        var inArgument = false;
        foreach (var c in CommandLine)
        {
            if (quote is not null)
            {
                if (c == quote)
                    quote = null;
                else
                    current.Append(c);
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inArgument = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inArgument)
                    arguments.Add(current.ToString());
                current.Clear();
                inArgument = false;
            }
            else
            {
                current.Append(c);
                inArgument = true;
            }
        }
        if (inArgument)
            arguments.Add(current.ToString());
        return arguments;
    }

    public override string ToString() => CommandLine;
}
