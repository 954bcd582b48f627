using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Serialization;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Core.Features.Templates;

/// <summary>
/// Loads every templates/&lt;slug&gt;/ folder and checks it: the manifest and forms against their schemas, each workflow
/// with the engine's validator, the forms the workflows name, sample data against the column types and each KPI formula
/// against its table. A template with any problem is left out and its problems reported; the others still load.
/// </summary>
public static class TemplateLoader
{
    public const string ManifestFile = "template.json";

    /// <summary>Folders under the root that are not templates.</summary>
    private static readonly string[] NotTemplates = ["schema"];

    public static TemplateCatalog LoadFolder(string root)
    {
        if (!Directory.Exists(root))
            return new([], [new(Path.GetFileName(root), "", "", $"There is no templates folder '{root}'.")]);
        var templates = new List<Template>();
        var problems = new List<TemplateProblem>();
        var registry = ActivityRegistry.CreateDefault();
        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            if (NotTemplates.Contains(name) || name.StartsWith('.'))
                continue;
            var check = new TemplateCheck(folder, registry);
            if (check.Run() is { } template)
                templates.Add(template);
            problems.AddRange(check.Problems);
        }
        return new TemplateCatalog(templates, problems);
    }

    /// <summary>The checks of one folder, collecting problems as it goes.</summary>
    private sealed class TemplateCheck(string folder, ActivityRegistry registry)
    {
        private readonly string _name = Path.GetFileName(folder);

        public List<TemplateProblem> Problems { get; } = [];

        public Template? Run()
        {
            if (ReadDocument(ManifestFile) is not { } manifestJson || !Conforms(ManifestFile, manifestJson, SchemaCheck.Manifest))
                return null;
            var manifest = manifestJson.Deserialize<TemplateManifest>(TemplateJson.Options)!;
            if (manifest.Slug != _name)
                Add(ManifestFile, "slug", $"The slug '{manifest.Slug}' differs from the folder name '{_name}'.");

            var forms = manifest.Forms.Select(file => ReadForm(file, manifest.Tables)).OfType<TemplateForm>().ToList();
            var workflows = manifest.Workflows.Select(file => ReadWorkflow(file, forms)).OfType<TemplateWorkflow>().ToList();
            var tables = ReadTables(manifest);
            CheckKpis(manifest, tables);

            return Problems.Count == 0 ? new Template(_name, manifest, workflows, forms, tables) : null;
        }

        private TemplateForm? ReadForm(string file, IReadOnlyList<TemplateTable> tables)
        {
            if (ReadDocument(file) is not { } json || !Conforms(file, json, SchemaCheck.Form))
                return null;
            var form = json.Deserialize<TemplateForm>(TemplateJson.Options)!;
            if (form.Id != Path.GetFileNameWithoutExtension(file))
                Add(file, "id", $"The form id '{form.Id}' differs from its file name '{Path.GetFileName(file)}'.");
            foreach (var duplicate in form.Fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
                Add(file, "fields", $"The field name '{duplicate.Key}' is used more than once.");
            foreach (var (path, reason) in FormBinding.Check(form, tables))
                Add(file, path, reason);
            return form;
        }

        private TemplateWorkflow? ReadWorkflow(string file, IReadOnlyList<TemplateForm> forms)
        {
            if (ReadText(file) is not { } json)
                return null;
            var read = WorkflowReader.Read(json);
            var errors = read.Succeeded ? new WorkflowValidator(registry).Validate(read.Definition) : read.Errors;
            foreach (var error in errors)
                Add(file, error.ActivityId is null ? error.Field : $"activity '{error.ActivityId}', {error.Field}", error.Message);
            if (!read.Succeeded || errors.Count > 0)
                return null;
            // A task showing a form the template does not ship would fail the moment someone opens it.
            foreach (var node in read.Definition.Root.Activities.Where(a => a.Type is "HumanTask" or "FormSubmitted"))
            {
                var form = node.Input("form")?.Expression;
                var id = form?.Type == ExpressionKind.Literal && form.Value is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
                if (id is not null && forms.All(f => f.Id != id))
                    Add(file, $"activity '{node.Id}', form", $"The form '{id}' is not among the template's forms ({string.Join(", ", forms.Select(f => f.Id))}).");
            }
            return new TemplateWorkflow(file, read.Definition);
        }

        private List<SampleTable> ReadTables(TemplateManifest manifest)
        {
            var tables = new List<SampleTable>();
            for (var t = 0; t < manifest.Tables.Count; t++)
            {
                var table = manifest.Tables[t];
                if (manifest.Tables.Take(t).Any(other => other.Id == table.Id))
                    Add(ManifestFile, $"tables[{t}].id", $"The table id '{table.Id}' is used more than once.");
                foreach (var duplicate in table.Columns.GroupBy(c => c.Name).Where(g => g.Count() > 1))
                    Add(ManifestFile, $"tables[{t}].columns", $"The column '{duplicate.Key}' is declared more than once.");
                if (ReadText(table.SampleData) is not { } text)
                    continue;
                var (sample, problems) = SampleDataReader.Read(table, text, table.SampleData.EndsWith(".json", StringComparison.Ordinal));
                foreach (var (path, reason) in problems)
                    Add(table.SampleData, path, reason);
                tables.Add(sample);
            }
            return tables;
        }

        private void CheckKpis(TemplateManifest manifest, IReadOnlyList<SampleTable> tables)
        {
            for (var k = 0; k < manifest.Kpis.Count; k++)
            {
                var kpi = manifest.Kpis[k];
                var table = manifest.Tables.FirstOrDefault(t => t.Id == kpi.Table);
                if (table is null)
                {
                    Add(ManifestFile, $"kpis[{k}].table", $"KPI '{kpi.Id}' reads table '{kpi.Table}', which the template does not declare.");
                    continue;
                }
                var (formula, error) = Formula.Parse(kpi.Formula);
                if (formula is null)
                {
                    Add(ManifestFile, $"kpis[{k}].formula", error!);
                    continue;
                }
                foreach (var problem in formula.Check(table))
                    Add(ManifestFile, $"kpis[{k}].formula", problem);
            }
        }

        private JsonElement? ReadDocument(string file)
        {
            if (ReadText(file) is not { } text)
                return null;
            try
            {
                using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
                return document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                Add(file, $"line {(e.LineNumber ?? 0) + 1}", $"Not valid JSON: {e.Message}");
                return null;
            }
        }

        private bool Conforms(string file, JsonElement json, SchemaCheck schema)
        {
            var problems = schema.Evaluate(json);
            foreach (var (path, reason) in problems)
                Add(file, path, reason);
            return problems.Count == 0;
        }

        private string? ReadText(string file)
        {
            var full = Path.GetFullPath(Path.Combine(folder, file));
            // A manifest naming ../other/file.json must not read outside its own folder.
            if (!full.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                Add(file, "", "The file lies outside the template's folder.");
                return null;
            }
            if (File.Exists(full))
                return File.ReadAllText(full);
            Add(file, "", "The file is missing.");
            return null;
        }

        private void Add(string file, string path, string reason) => Problems.Add(new(_name, file, path, reason));
    }
}
