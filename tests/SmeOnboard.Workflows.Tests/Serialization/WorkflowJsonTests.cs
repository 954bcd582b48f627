using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Workflows.Tests.Serialization;

public class WorkflowJsonTests
{
    private const string Sample = """
        {
          "definitionId": "inspection",
          "version": 3,
          "name": "Quality inspection",
          "description": "Inspect, then approve",
          "isLatest": true,
          "isPublished": false,
          "variables": [
            { "name": "count", "type": "Number", "default": 0 },
            { "name": "due", "type": "Date", "default": "2026-01-01T00:00:00Z" }
          ],
          "root": {
            "type": "Flowchart",
            "activities": [
              { "id": "start", "type": "ManualStart", "inputs": {}, "metadata": { "designer": { "position": { "x": 10, "y": 20 }, "size": { "width": 120 } } } },
              { "id": "log", "type": "WriteLine", "name": "Say hello",
                "inputs": { "text": { "typeName": "String", "expression": { "type": "JavaScript", "value": "'count ' + count" } } } }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "log", "port": "In" } }
            ]
          }
        }
        """;

    [Fact]
    public void A_definition_survives_a_round_trip_unchanged()
    {
        var first = WorkflowJson.Read(Sample);
        Assert.True(first.Succeeded);
        var written = WorkflowJson.Serialize(first.Definition);

        var second = WorkflowJson.Read(written);

        Assert.True(second.Succeeded);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(WorkflowJson.Serialize(second.Definition))));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Sample), JsonNode.Parse(written)));
    }

    [Fact]
    public void Reading_keeps_inputs_expressions_positions_and_connections()
    {
        var definition = WorkflowJson.Read(Sample).Definition!;

        var log = definition.FindActivity("log")!;
        Assert.Equal(ExpressionKind.JavaScript, log.Inputs["text"].Expression.Type);
        Assert.Equal("'count ' + count", log.Inputs["text"].Expression.Value!.GetValue<string>());
        Assert.Equal(new Position(10, 20), definition.FindActivity("start")!.Metadata!.Designer!.Position);
        Assert.Equal("Done", definition.Root.Connections[0].Source.Port);
        Assert.Equal(VariableType.Date, definition.Variables[1].Type);
    }

    [Fact]
    public void Malformed_json_is_refused_with_its_line()
    {
        var result = WorkflowJson.Read("{\n  \"definitionId\": \"x\",\n  \"name\": \n}");

        Assert.False(result.Succeeded);
        Assert.Contains("line 4", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_missing_required_field_is_refused_by_name()
    {
        var result = WorkflowJson.Read("""{ "definitionId": "x", "root": { "activities": [] } }""");

        Assert.Contains("name", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_misspelt_field_is_refused_rather_than_dropped()
    {
        var result = WorkflowJson.Read("""{ "definitionId": "x", "name": "n", "root": { "activities": [ { "id": "a", "type": "End", "input": {} } ] } }""");

        var error = Assert.Single(result.Errors);
        Assert.Contains("input", error.Message);
        Assert.Contains("activities[0]", error.Field);
    }

    [Fact]
    public void An_unknown_expression_language_is_refused()
    {
        var result = WorkflowJson.Read("""
            { "definitionId": "x", "name": "n", "root": { "activities": [
              { "id": "a", "type": "WriteLine", "inputs": { "text": { "expression": { "type": "Python", "value": "1" } } } } ] } }
            """);

        Assert.False(result.Succeeded);
        Assert.Contains("type", Assert.Single(result.Errors).Field);
    }
}
