using System.CommandLine;
using SmeOnboard.Cli.Workflows;
using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Cli.Templates;

/// <summary>`smeonboard templates validate [DIR]`: checks every industry template; exit 0 only when all are valid.</summary>
public static class TemplatesCommand
{
    public static Command Create() =>
        new("templates", "Check the industry templates (schema, workflows, forms, sample data, KPI formulas).") { CreateValidate() };

    private static Command CreateValidate()
    {
        var folder = new Argument<string>("DIR")
        {
            Description = "The templates folder, one sub-folder per template.",
            DefaultValueFactory = _ => "templates",
        };
        var command = new Command("validate", "Check every template and print each problem with its folder, file and path.") { folder };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var path = result.GetValue(folder)!;
            if (!Directory.Exists(path))
            {
                result.InvocationConfiguration.Error.WriteLine($"There is no folder '{path}'.");
                return ExitCodes.Usage;
            }
            var catalog = TemplateLoader.LoadFolder(path);
            foreach (var template in catalog.Templates)
                output.WriteLine($"valid: {template.Folder} {template.Manifest.Version} ({template.Workflows.Count} workflows, {template.Forms.Count} forms, {template.Tables.Count} tables, {template.Manifest.Kpis.Count} KPIs)");
            foreach (var problem in catalog.Problems)
                output.WriteLine(problem);
            var invalid = catalog.Problems.Select(p => p.Folder).Distinct().Count();
            output.WriteLine($"{catalog.Templates.Count} valid, {invalid} invalid");
            return invalid == 0 ? ExitCodes.Success : ExitCodes.Failed;
        });
        return command;
    }
}
