using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>
/// Checks what someone entered in a workspace form and turns it into typed values: numbers as JSON numbers (whole
/// numbers for integer fields), dates as yyyy-MM-dd, checkboxes as booleans, the rest as text. Each problem is a
/// <see cref="FieldError"/> on the field's name whose code the UI words in the reader's language.
/// </summary>
public static class FormValues
{
    public const string RequiredCode = "Forms.Required";
    public const string NotNumberCode = "Forms.NotNumber";
    public const string NotWholeNumberCode = "Forms.NotWholeNumber";
    public const string NotDateCode = "Forms.NotDate";
    public const string NotOptionCode = "Forms.NotOption";
    public const string FileTypeCode = "Forms.FileType";
    public const string FileTooLargeCode = "Forms.FileTooLarge";
    public const string NotSignatureCode = "Forms.NotSignature";

    /// <summary>
    /// The typed values of <paramref name="entered"/> (field name to a string, number or boolean) or every field's problem.
    /// Names the form does not have are left out, and so are fields a showWhen rule hides (never required then).
    /// Photos, files and signatures are checked against <paramref name="limits"/> (the defaults when null).
    /// </summary>
    public static Result<JsonObject> Check(TemplateForm form, JsonObject entered, FormFileOptions? limits = null)
    {
        var values = new JsonObject();
        var errors = new List<FieldError>();
        foreach (var field in form.Fields.Where(f => IsShown(form, f, entered)))
        {
            var (value, error) = FormFileValues.IsFileType(field.Type)
                ? FormFileValues.Convert(field, entered[field.Name], limits ?? new FormFileOptions())
                : Convert(field, entered[field.Name]);
            if (error is not null)
                errors.Add(error);
            else
                values[field.Name] = value;
        }
        return errors.Count > 0 ? Result<JsonObject>.Failure(errors) : values;
    }

    /// <summary>Whether <paramref name="field"/> shows with what was entered: always, or while its showWhen rule holds.</summary>
    public static bool IsShown(TemplateForm form, FormField field, JsonObject entered)
    {
        if (field.ShowWhen is not { } rule)
            return true;
        var text = TextOf(entered[rule.Field]);
        // An untouched checkbox is unticked, so "equals false" holds before anyone clicks it.
        if (text.Length == 0 && form.Fields.FirstOrDefault(f => f.Name == rule.Field)?.Type == "checkbox")
            text = "false";
        return string.Equals(text, rule.Value.Trim(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The row a submission of a form bound to a table appends: each field's value in its column, date and date-time
    /// columns no field fills set to the submission's time, the other columns empty.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> ToRow(TemplateForm form, TemplateTable table, JsonObject values, DateTimeOffset submittedAt)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var column in table.Columns)
        {
            var field = form.Fields.FirstOrDefault(f => f.Column == column.Name);
            // A stored file goes to its column by name; the workflow keeps the reference to read it.
            row[column.Name] = field is not null
                ? RowJson.Convert(column, values[field.Name] is JsonObject file ? file["name"]?.DeepClone() : values[field.Name]).Value
                : column.Type switch
                {
                    ColumnType.Date => DateOnly.FromDateTime(submittedAt.UtcDateTime),
                    ColumnType.DateTime => submittedAt.ToUniversalTime(),
                    _ => null,
                };
        }
        return row;
    }

    private static string TextOf(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>().Trim(),
        JsonValueKind.Number => node.ToJsonString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "",
    };

    private static (JsonNode? Value, FieldError? Error) Convert(FormField field, JsonNode? node)
    {
        var text = TextOf(node);
        // A checkbox always has an answer (unticked is "no"), so required adds nothing: "line running?" may well be no.
        if (field.Type == "checkbox")
            return (JsonValue.Create(text == "true"), null);
        if (text.Length == 0)
            return field.Required ? (null, Error(field, RequiredCode, $"'{field.Label.En}' is required.")) : (null, null);
        var invariant = CultureInfo.InvariantCulture;
        return field.Type switch
        {
            "number" => double.TryParse(text, NumberStyles.Float, invariant, out var n) && double.IsFinite(n)
                ? (JsonValue.Create(n), null)
                : (null, Error(field, NotNumberCode, $"'{field.Label.En}' must be a number.")),
            "integer" => long.TryParse(text, NumberStyles.Integer, invariant, out var i)
                ? (JsonValue.Create(i), null)
                : (null, Error(field, NotWholeNumberCode, $"'{field.Label.En}' must be a whole number.")),
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var d)
                ? (JsonValue.Create(d.ToString("yyyy-MM-dd", invariant)), null)
                : (null, Error(field, NotDateCode, $"'{field.Label.En}' must be a date (yyyy-MM-dd).")),
            "choice" => field.Options?.Any(o => o.Value == text) == true
                ? (JsonValue.Create(text), null)
                : (null, Error(field, NotOptionCode, $"'{field.Label.En}' must be one of {string.Join(", ", field.Options?.Select(o => o.Value) ?? [])}.")),
            _ => (JsonValue.Create(text), null),
        };
    }

    private static FieldError Error(FormField field, string code, string message) => new(field.Name, code, message);
}
