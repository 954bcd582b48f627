using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Web.Features.Workspace.Forms;

/// <summary>One field of a form being edited in the builder; choice options are typed one a line as "value | English | 中文".</summary>
public sealed class FieldDraft
{
    public string Name { get; set; } = "";
    public string LabelEn { get; set; } = "";
    public string LabelZh { get; set; } = "";
    public string Type { get; set; } = "text";
    public bool Required { get; set; }
    public string OptionsText { get; set; } = "";
    public string? Column { get; set; }

    /// <summary>For photo and file fields: the content types taken, comma-separated; empty for the type's default.</summary>
    public string Accept { get; set; } = "";

    /// <summary>The field this one's showWhen rule reads; null when the field always shows.</summary>
    public string? ShowWhenField { get; set; }
    public string ShowWhenEquals { get; set; } = "";

    public static FieldDraft From(FormField field) => new()
    {
        Name = field.Name,
        LabelEn = field.Label.En,
        LabelZh = field.Label.ZhCn,
        Type = field.Type,
        Required = field.Required,
        OptionsText = string.Join('\n', (field.Options ?? []).Select(o => $"{o.Value} | {o.Label.En} | {o.Label.ZhCn}")),
        Column = field.Column,
        Accept = field.Accept ?? "",
        ShowWhenField = field.ShowWhen?.Field,
        ShowWhenEquals = field.ShowWhen?.Value ?? "",
    };

    public FormField ToField() => new()
    {
        Name = Name.Trim(),
        Label = new LocalizedText { En = LabelEn.Trim(), ZhCn = LabelZh.Trim() },
        Type = Type,
        Required = Required,
        Options = Type == "choice" ? Options() : null,
        Column = string.IsNullOrEmpty(Column) ? null : Column,
        Accept = Type is "photo" or "file" && !string.IsNullOrWhiteSpace(Accept) ? string.Join(',', Accept.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) : null,
        ShowWhen = string.IsNullOrEmpty(ShowWhenField) ? null : new FieldRule { Field = ShowWhenField, Value = ShowWhenEquals.Trim() },
    };

    // A line with only a value uses it as both labels, so a quick list of options stays quick to type.
    private List<FieldOption> Options() => OptionsText
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
        .Select(parts => new FieldOption
        {
            Value = parts[0],
            Label = new LocalizedText { En = parts.ElementAtOrDefault(1) ?? parts[0], ZhCn = parts.ElementAtOrDefault(2) ?? parts.ElementAtOrDefault(1) ?? parts[0] },
        })
        .ToList();
}
