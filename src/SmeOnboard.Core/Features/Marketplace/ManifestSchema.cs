using System.Text.Json;
using Json.Schema;

namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>The manifest JSON Schema (marketplace/schema/app.schema.json, embedded), built once for the process.</summary>
public static class ManifestSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Build);

    /// <summary>Each schema violation as (field path, reason), in document order.</summary>
    public static IReadOnlyList<(string Path, string Reason)> Evaluate(JsonElement manifest)
    {
        var results = Schema.Value.Evaluate(manifest, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }
        var problems = new List<(string, string)>();
        foreach (var node in results.Details ?? [])
        {
            if (node.IsValid || node.Errors is null)
            {
                continue;
            }
            foreach (var (keyword, message) in node.Errors)
            {
                problems.Add((ManifestPaths.FromPointer(node.InstanceLocation.ToString()), Explain(node, keyword, message)));
            }
        }
        return problems.Distinct().ToList();
    }

    public static string Text()
    {
        using var stream = typeof(ManifestSchema).Assembly.GetManifestResourceStream("SmeOnboard.Marketplace.app.schema.json")
            ?? throw new InvalidOperationException("The manifest schema is not embedded in SmeOnboard.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // additionalProperties: false reports the unknown field against the "false" schema; say it the way a vendor would.
    private static string Explain(EvaluationResults node, string keyword, string message) =>
        node.EvaluationPath.ToString().EndsWith("/additionalProperties", StringComparison.Ordinal) || keyword == "false"
            ? "unknown field: the manifest format has no such field"
            : $"{message} ({keyword})";

    private static JsonSchema Build() =>
        // A registry of its own: the global one would refuse a second build with the same $id in the same process.
        JsonSchema.FromText(Text(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
}
