using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Serialization.Elsa;
using SmeOnboard.Workflows.Tests.Support;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Tests.Elsa;

/// <summary>Loads the Elsa 3 sample exports under Elsa/Samples.</summary>
internal static class ElsaSamples
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Elsa", "Samples", name));

    /// <summary>Imports a sample and checks that the result is a valid definition of ours.</summary>
    public static WorkflowDefinition Import(string name)
    {
        var result = ElsaImporter.Import(Text(name));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(new WorkflowValidator(ActivityRegistry.CreateDefault()).Validate(result.Definition));
        return result.Definition;
    }

    public static Harness Run(string name) => new Harness(Import(name)).Start();
}
