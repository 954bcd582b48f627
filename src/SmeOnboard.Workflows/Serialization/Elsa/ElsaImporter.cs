using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Serialization.Elsa;

/// <summary>Imports a workflow definition exported from Elsa 3 (Elsa Studio's JSON) into SmeOnboard's format.</summary>
/// <remarks>
/// The import is all or nothing: any activity type it cannot map, and any input it cannot read, is reported and no
/// definition is returned. Nested flowcharts, FlowNode bodies and Fork branches are flattened into the one flowchart
/// our engine runs; see docs/decisions/elsa-import-flattening.md for why and how outcomes stay the same.
/// </remarks>
public static class ElsaImporter
{
    /// <summary>The type of Elsa's flowchart, the root of every definition Elsa Studio exports.</summary>
    public const string FlowchartType = "Elsa.Flowchart";

    internal static JsonDocumentOptions DocumentOptions { get; } = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>True when the document's root is an Elsa.Flowchart, as in every Elsa 3 export.</summary>
    public static bool IsElsaDocument(JsonNode? document) =>
        document is JsonObject o && o["root"] is JsonObject root && ElsaJson.String(root["type"]) == FlowchartType;

    /// <summary>Parses and imports Elsa 3 JSON; malformed JSON is one error with its line.</summary>
    public static WorkflowReadResult Import(string json)
    {
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException e)
        {
            return WorkflowReadResult.Failure(JsonErrors.From(e));
        }
        return document is JsonObject o
            ? Import(o)
            : WorkflowReadResult.Failure(new ValidationError(null, "json", "An Elsa workflow definition must be a JSON object."));
    }

    /// <summary>Imports an already parsed Elsa 3 definition.</summary>
    public static WorkflowReadResult Import(JsonObject document) => new ElsaDefinitionBuilder(document).Build();
}
