using System.Text.RegularExpressions;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>
/// Checks a workspace form a firm admin edited before it is saved: every field named once (a name the workflow reads
/// its value by), labelled in both languages, of a known type, choices with options, and a binding its table accepts.
/// Each problem is a <see cref="FieldError"/> whose field is the path (fields[2].options) and whose code the UI words.
/// </summary>
public static partial class FormDesign
{
    public const string NameRequiredCode = "FormDesign.NameRequired";
    public const string NameInvalidCode = "FormDesign.NameInvalid";
    public const string DuplicateNameCode = "FormDesign.DuplicateName";
    public const string LabelRequiredCode = "FormDesign.LabelRequired";
    public const string UnknownTypeCode = "FormDesign.UnknownType";
    public const string NoOptionsCode = "FormDesign.NoOptions";
    public const string NoFieldsCode = "FormDesign.NoFields";
    public const string BindingCode = "FormDesign.Binding";
    public const string ConflictCode = "FormDesign.Conflict";
    public const string ShowWhenCode = "FormDesign.ShowWhen";

    /// <summary>The field types the builder offers, as the form schema names them.</summary>
    public static readonly IReadOnlyList<string> Types = ["text", "number", "integer", "choice", "date", "checkbox", "photo", "file", "signature"];

    public static IReadOnlyList<FieldError> Check(TemplateForm form, IReadOnlyList<TemplateTable> tables)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(form.Title.En) || string.IsNullOrWhiteSpace(form.Title.ZhCn))
            errors.Add(new("title", LabelRequiredCode, "The form needs a title in English and in Chinese."));
        if (form.Fields.Count == 0)
            errors.Add(new("fields", NoFieldsCode, "A form needs at least one field."));
        for (var i = 0; i < form.Fields.Count; i++)
            errors.AddRange(CheckField(form.Fields[i], $"fields[{i}]"));
        foreach (var duplicate in form.Fields.Select((f, i) => (f.Name, i)).Where(f => f.Name.Length > 0).GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var (name, index) in duplicate.Skip(1))
                errors.Add(new($"fields[{index}].name", DuplicateNameCode, $"Another field is already named '{name}'."));
        }
        for (var i = 0; i < form.Fields.Count; i++)
        {
            if (form.Fields[i].ShowWhen is { } rule && (rule.Field == form.Fields[i].Name || form.Fields.All(f => f.Name != rule.Field)))
                errors.Add(new($"fields[{i}].showWhen", ShowWhenCode, $"Field '{form.Fields[i].Name}' is shown when '{rule.Field}' has a value, but the form has no other field of that name."));
        }
        // The binding is checked only once the fields themselves are sound, so each problem is reported once.
        if (errors.Count == 0)
            errors.AddRange(FormBinding.Check(form, tables).Select(p => new FieldError(p.Path, BindingCode, p.Reason)));
        return errors;
    }

    private static IEnumerable<FieldError> CheckField(FormField field, string path)
    {
        if (string.IsNullOrWhiteSpace(field.Name))
            yield return new($"{path}.name", NameRequiredCode, "Every field needs a name.");
        else if (!NamePattern().IsMatch(field.Name))
            yield return new($"{path}.name", NameInvalidCode, $"'{field.Name}' is not a usable name: letters, digits and _ only, starting with a letter.");
        if (string.IsNullOrWhiteSpace(field.Label.En) || string.IsNullOrWhiteSpace(field.Label.ZhCn))
            yield return new($"{path}.label", LabelRequiredCode, $"Field '{field.Name}' needs a label in English and in Chinese.");
        if (!Types.Contains(field.Type))
            yield return new($"{path}.type", UnknownTypeCode, $"'{field.Type}' is not a field type.");
        if (field.Type == "choice" && (field.Options is not { Count: > 0 } options || options.Any(o => string.IsNullOrWhiteSpace(o.Value))))
            yield return new($"{path}.options", NoOptionsCode, $"Choice field '{field.Name}' needs options, each with a value.");
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();
}
