using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Web.Features.Workspace.Forms;

/// <summary>A workspace form being edited in the builder: its titles and its fields in order.</summary>
public sealed class FormDraft
{
    public string Id { get; init; } = "";
    public string? Table { get; init; }
    public string TitleEn { get; set; } = "";
    public string TitleZh { get; set; } = "";
    public List<FieldDraft> Fields { get; init; } = [];

    public static FormDraft From(TemplateForm form) => new()
    {
        Id = form.Id,
        Table = form.Table,
        TitleEn = form.Title.En,
        TitleZh = form.Title.ZhCn,
        Fields = form.Fields.Select(FieldDraft.From).ToList(),
    };

    public TemplateForm ToForm() => new()
    {
        Id = Id,
        Table = Table,
        Title = new LocalizedText { En = TitleEn.Trim(), ZhCn = TitleZh.Trim() },
        Fields = Fields.Select(f => f.ToField()).ToList(),
    };

    /// <summary>Moves the field at <paramref name="index"/> one place up (-1) or down (+1); nothing at either end.</summary>
    public void Move(int index, int by)
    {
        var target = index + by;
        if (target < 0 || target >= Fields.Count)
            return;
        (Fields[index], Fields[target]) = (Fields[target], Fields[index]);
    }
}
