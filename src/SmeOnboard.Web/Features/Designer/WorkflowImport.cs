using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Serialization;
using SmeOnboard.Workflows.Serialization.Elsa;

namespace SmeOnboard.Web.Features.Designer;

/// <summary>
/// Reads an imported file: our format as it is, an Elsa 3 export through the engine's importer. A file with activities
/// this portal does not have is refused as a whole, naming each of them, so an import never half-replaces a canvas.
/// </summary>
public static class WorkflowImport
{
    public static Result<WorkflowDefinition> Read(string json, ActivityRegistry registry)
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
        if (read.Succeeded)
        {
            var unknown = read.Definition.Root.Activities.Select(a => a.Type).Where(type => registry.Find(type) is null).Distinct(StringComparer.Ordinal).ToList();
            return unknown.Count == 0
                ? read.Definition
                : Result<WorkflowDefinition>.Failure(new FieldError("activities", WorkflowDefinitions.InvalidCode,
                    $"The file uses activities this portal does not have: {string.Join(", ", unknown)}."));
        }
        return Result<WorkflowDefinition>.Failure(read.Errors
            .Select(e => new FieldError(e.ActivityId is null ? e.Field : $"{e.ActivityId}.{e.Field}", WorkflowDefinitions.InvalidCode, e.Message))
            .ToArray());
    }
}
