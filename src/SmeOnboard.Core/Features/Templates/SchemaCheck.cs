using System.Reflection;
using System.Text.Json;
using Json.Schema;

namespace SmeOnboard.Core.Features.Templates;

/// <summary>
/// The manifest and form schemas of templates/schema, built into Core so that `templates validate` checks any folder
/// against the portal's own schema rather than one the folder brings along.
/// </summary>
internal sealed class SchemaCheck
{
    private readonly JsonSchema _schema;

    private SchemaCheck(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"TemplateSchemas.{resource}")
            ?? throw new InvalidOperationException($"The schema {resource} is not embedded in SmeOnboard.Core.");
        using var reader = new StreamReader(stream);
        // A registry of its own: the global one refuses a second schema with the same $id.
        _schema = JsonSchema.FromText(reader.ReadToEnd(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    public static SchemaCheck Manifest { get; } = new("template.schema.json");

    public static SchemaCheck Form { get; } = new("form.schema.json");

    /// <summary>Each failed keyword as (path, reason); empty when the document conforms.</summary>
    public IReadOnlyList<(string Path, string Reason)> Evaluate(JsonElement document)
    {
        var results = _schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var problems = new List<(string, string)>();
        Collect(results, problems);
        return problems.Distinct().ToList();
    }

    /// <summary>
    /// Walks only failed nodes: a failure inside a passing node (the unmatched `if` that picks `else`, the inner schema of
    /// a satisfied `not`, the losing branches of an `anyOf`) is how the schema chooses, not a problem of the document.
    /// </summary>
    private static void Collect(EvaluationResults node, List<(string, string)> problems)
    {
        if (node.IsValid || node.EvaluationPath.ToString().EndsWith("/if", StringComparison.Ordinal))
            return;
        foreach (var error in node.Errors ?? new Dictionary<string, string>())
            problems.Add((TemplateJson.PathOf(node.InstanceLocation.ToString()), $"{error.Value} ({error.Key})"));
        foreach (var child in node.Details ?? [])
            Collect(child, problems);
    }
}
