using System.CommandLine;
using SmeOnboard.Core.Features.Marketplace;

namespace SmeOnboard.Cli;

/// <summary>`smeonboard marketplace validate [DIR]`: vets every app folder, so CI refuses a broken manifest before the portal loads it.</summary>
public static class MarketplaceCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("DIR")
        {
            Description = "The marketplace folder: one sub-folder per app with app.json and icon.svg.",
            DefaultValueFactory = _ => new DirectoryInfo("marketplace"),
        };
        var validate = new Command("validate", "Check every app manifest against the schema and the vetting rules.") { folder };
        validate.SetAction(result => Validate(result.GetValue(folder)!, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return new Command("marketplace", "Work with the app catalogue files.") { validate };
    }

    /// <summary>0 when every app is valid; 1 with each problem on its own line otherwise; 2 when the folder is missing.</summary>
    public static int Validate(DirectoryInfo folder, TextWriter output, TextWriter error)
    {
        if (!folder.Exists)
        {
            error.WriteLine($"No marketplace folder at {folder.FullName}.");
            return 2;
        }
        var validations = CatalogueFolder.ValidateAll(folder.FullName);
        var problems = validations.SelectMany(v => v.Problems).ToList();
        foreach (var problem in problems)
        {
            error.WriteLine(problem.ToString());
        }
        var invalid = validations.Count(v => !v.IsValid);
        output.WriteLine(invalid == 0
            ? $"{validations.Count} apps checked: all valid."
            : $"{validations.Count} apps checked: {invalid} invalid, {problems.Count} problems.");
        return invalid == 0 ? 0 : 1;
    }
}
