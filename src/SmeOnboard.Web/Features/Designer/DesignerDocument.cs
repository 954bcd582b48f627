using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Web.Features.Designer;

/// <summary>
/// The workflow being edited, in our JSON format. The canvas owns the flowchart (activities, their positions and
/// inputs, connections) and sends it after each change; the panels own the name, description and variables.
/// </summary>
public sealed class DesignerDocument
{
    public required string DefinitionId { get; init; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public List<VariableRow> Variables { get; init; } = [];
    public JsonObject Root { get; set; } = new() { ["type"] = Flowchart.TypeName, ["activities"] = new JsonArray(), ["connections"] = new JsonArray() };

    public IEnumerable<JsonObject> Activities => (Root["activities"] as JsonArray ?? []).OfType<JsonObject>();

    public JsonObject? FindActivity(string id) => Activities.FirstOrDefault(a => a["id"]?.GetValue<string>() == id);

    public static DesignerDocument From(WorkflowDefinition definition)
    {
        var json = JsonNode.Parse(WorkflowJson.Serialize(definition))!.AsObject();
        return new DesignerDocument
        {
            DefinitionId = definition.DefinitionId,
            Name = definition.Name,
            Description = definition.Description,
            Variables = definition.Variables.Select(VariableRow.From).ToList(),
            Root = json["root"]!.DeepClone().AsObject(),
        };
    }

    /// <summary>Replaces an activity by id with the panel's edited copy.</summary>
    public void Replace(JsonObject activity)
    {
        if (Root["activities"] is not JsonArray activities)
            return;
        var id = activity["id"]?.GetValue<string>();
        var index = activities.ToList().FindIndex(a => a?["id"]?.GetValue<string>() == id);
        if (index >= 0)
            activities[index] = activity.DeepClone();
    }

    public string ToJson()
    {
        var document = new JsonObject
        {
            ["definitionId"] = DefinitionId,
            ["name"] = Name,
        };
        if (!string.IsNullOrWhiteSpace(Description))
            document["description"] = Description;
        document["variables"] = new JsonArray(Variables.Select(v => (JsonNode)v.ToJson()).ToArray());
        document["root"] = Root.DeepClone();
        return document.ToJsonString();
    }
}
