using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Serialization.Elsa;

/// <summary>Builds our definition from an Elsa 3 definition document, or the list of reasons it cannot.</summary>
internal sealed class ElsaDefinitionBuilder(JsonObject document)
{
    private readonly ElsaImportContext _context = new();

    public WorkflowReadResult Build()
    {
        if (document["root"] is not JsonObject root || ElsaJson.String(root["type"]) != ElsaImporter.FlowchartType)
            return WorkflowReadResult.Failure(new ValidationError(null, "root.type", $"The root of an Elsa definition must be an {ElsaImporter.FlowchartType}."));

        _context.DeclareVariables(document["variables"]);
        var start = new ElsaFlattener(_context).Root(root);

        var errors = _context.Errors.ToList();
        if (_context.Unsupported.Count > 0)
            errors.Insert(0, new ValidationError(null, "root.activities",
                $"These Elsa activities cannot be imported (unsupported types): {string.Join(", ", _context.Unsupported)}."));
        if (errors.Count > 0)
            return WorkflowReadResult.Failure(errors);

        var definitionId = ElsaJson.String(document["definitionId"]) ?? ElsaJson.String(document["id"]) ?? "elsa-import";
        return WorkflowReadResult.Success(new WorkflowDefinition
        {
            DefinitionId = definitionId,
            Version = document["version"].TryGetNumber(out var version) && version >= 1 ? (int)version : 1,
            Name = ElsaJson.String(document["name"]) ?? definitionId,
            Description = ElsaJson.String(document["description"]),
            Variables = _context.Variables,
            Root = new Flowchart { Activities = StartFirst(start), Connections = _context.Connections },
        });
    }

    // Our runner starts at a ManualStart, else at the first activity nothing points to: putting Elsa's start activity
    // first makes both choose the same one.
    private List<ActivityNode> StartFirst(string? start) =>
        [.. _context.Nodes.Where(n => n.Id == start), .. _context.Nodes.Where(n => n.Id != start)];
}
