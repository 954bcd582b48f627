using SmeOnboard.Workflows.Serialization;
using SmeOnboard.Workflows.Serialization.Elsa;

namespace SmeOnboard.Workflows.Tests.Elsa;

public class ElsaImportErrorTests
{
    [Fact]
    public void Unsupported_activity_types_are_listed_by_name_and_id_in_one_error_and_nothing_is_imported()
    {
        var result = ElsaImporter.Import(ElsaSamples.Text("unsupported.json"));

        Assert.False(result.Succeeded);
        Assert.Null(result.Definition);
        var error = Assert.Single(result.Errors);
        Assert.Equal("root.activities", error.Field);
        Assert.Contains("Elsa.HttpEndpoint 'HttpEndpoint1' (id 'c2d3e4f5a6b7c8d9')", error.Message);
        Assert.Contains("Elsa.SendEmail 'SendEmail1' (id 'e4f5a6b7c8d9e0f1')", error.Message);
    }

    [Fact]
    public void An_unsupported_activity_inside_a_nested_flowchart_is_listed_too()
    {
        var json = ElsaSamples.Text("nested-flowchart.json").Replace("\"Elsa.FlowDecision\"", "\"Acme.QualityGate\"");

        var error = Assert.Single(ElsaImporter.Import(json).Errors);

        Assert.Contains("Acme.QualityGate 'Stop early?' (id '6f7a8b9cadbecfd0')", error.Message);
    }

    [Fact]
    public void Invalid_json_is_one_error_with_its_line()
    {
        var result = ElsaImporter.Import(ElsaSamples.Text("invalid-json.json"));

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Invalid JSON at line 7", error.Message);
    }

    [Fact]
    public void An_expression_language_other_than_literal_or_javascript_is_refused_naming_the_activity_and_input()
    {
        var json = ElsaSamples.Text("decision-join.json").Replace("\"type\": \"JavaScript\"", "\"type\": \"Liquid\"");

        var error = Assert.Single(ElsaImporter.Import(json).Errors);

        Assert.Equal(("2e3f4a5b6c7d8e23", "condition"), (error.ActivityId, error.Field));
        Assert.Contains("'Liquid'", error.Message);
    }

    [Fact]
    public void A_root_that_is_not_an_elsa_flowchart_is_refused()
    {
        var error = Assert.Single(ElsaImporter.Import("""{ "root": { "type": "Elsa.Sequence", "activities": [] } }""").Errors);

        Assert.Equal("root.type", error.Field);
    }

    [Fact]
    public void The_reader_tells_elsa_exports_from_our_own_format()
    {
        Assert.True(WorkflowReader.Read(ElsaSamples.Text("cron.json")).Succeeded);
        Assert.True(WorkflowReader.Read("""{ "definitionId": "d", "name": "ours", "root": { "activities": [] } }""").Succeeded);
    }

    [Fact]
    public void A_literal_that_does_not_fit_the_variable_type_is_refused()
    {
        var json = ElsaSamples.Text("loop-legacy-connections.json").Replace("\"value\": \"0\",\n      \"storageDriverTypeName\"", "\"value\": \"zero\",\n      \"storageDriverTypeName\"");

        var error = Assert.Single(ElsaImporter.Import(json).Errors);

        Assert.Equal("variables.Counter.value", error.Field);
    }
}
