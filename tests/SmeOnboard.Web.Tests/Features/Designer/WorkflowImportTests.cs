using SmeOnboard.Web.Features.Designer;
using SmeOnboard.Web.Tests.Features.Workflows;
using SmeOnboard.Web.Tests.Infrastructure;
using SmeOnboard.Workflows.Activities;

namespace SmeOnboard.Web.Tests.Features.Designer;

/// <summary>The designer's import reads our format directly and Elsa 3 exports through the engine's importer.</summary>
public sealed class WorkflowImportTests
{
    private static readonly ActivityRegistry Registry = ActivityRegistry.CreateDefault();

    private static string ElsaSample(string name) =>
        File.ReadAllText(RepositoryFiles.PathOf("tests", "SmeOnboard.Workflows.Tests", "Elsa", "Samples", name));

    [Fact]
    public void A_file_in_our_format_is_read_as_it_is()
    {
        var read = WorkflowImport.Read(WebFlows.Task("imported"), Registry);

        Assert.True(read.Succeeded);
        Assert.Equal(["ask", "log"], read.Value.Root.Activities.Select(a => a.Id));
    }

    [Fact]
    public void An_elsa_3_export_goes_through_the_engines_importer()
    {
        var read = WorkflowImport.Read(ElsaSample("decision-join.json"), Registry);

        Assert.True(read.Succeeded);
        Assert.NotEmpty(read.Value.Root.Activities);
    }

    [Fact]
    public void An_elsa_3_export_with_unknown_activities_lists_them()
    {
        var read = WorkflowImport.Read(ElsaSample("unsupported.json"), Registry);

        var error = Assert.Single(read.Errors);
        Assert.Contains("Elsa.HttpEndpoint", error.Message);
        Assert.Contains("Elsa.SendEmail", error.Message);
    }

    [Fact]
    public void A_file_in_our_format_with_unknown_activities_is_refused_naming_each_once()
    {
        var json = WebFlows.Task("engrave").Replace("\"WriteLine\"", "\"LaserEngrave\"", StringComparison.Ordinal).Replace("\"HumanTask\"", "\"Polish\"", StringComparison.Ordinal);

        var read = WorkflowImport.Read(json, Registry);

        var error = Assert.Single(read.Errors);
        Assert.Equal("The file uses activities this portal does not have: Polish, LaserEngrave.", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_json_is_refused_with_the_reason()
    {
        var read = WorkflowImport.Read("{ not json", Registry);

        Assert.Equal("file", Assert.Single(read.Errors).Field);
    }
}
