using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Serialization.Elsa;

namespace SmeOnboard.Workflows.Serialization;

/// <summary>Reads a definition in either format the engine accepts: its own JSON, or a file exported from Elsa 3.</summary>
public static class WorkflowReader
{
    /// <summary>Reads SmeOnboard JSON, or imports Elsa 3 JSON when the root is an Elsa.Flowchart.</summary>
    public static WorkflowReadResult Read(string json)
    {
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(json, documentOptions: ElsaImporter.DocumentOptions);
        }
        catch (JsonException e)
        {
            return WorkflowReadResult.Failure(JsonErrors.From(e));
        }
        return ElsaImporter.IsElsaDocument(document) ? ElsaImporter.Import(document!.AsObject()) : WorkflowJson.Read(json);
    }
}
