using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Serialization;
using SmeOnboard.Workflows.Serialization.Elsa;

namespace SmeOnboard.Web.Features.Designer;

/// <summary>Reads an imported file: our format as it is, an Elsa 3 export through the engine's importer.</summary>
public static class WorkflowImport
{
    public static Result<WorkflowDefinition> Read(string json)
    {
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            return Result<WorkflowDefinition>.Failure(new FieldError("file", WorkflowDefinitions.InvalidCode, e.Message));
        }
        var read = ElsaImporter.IsElsaDocument(document) ? ElsaImporter.Import(json) : WorkflowJson.Read(json);
        return read.Succeeded
            ? read.Definition
            : Result<WorkflowDefinition>.Failure(read.Errors
                .Select(e => new FieldError(e.ActivityId is null ? e.Field : $"{e.ActivityId}.{e.Field}", WorkflowDefinitions.InvalidCode, e.Message))
                .ToArray());
    }
}
