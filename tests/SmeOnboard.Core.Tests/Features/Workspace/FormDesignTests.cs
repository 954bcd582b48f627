using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workspace;

namespace SmeOnboard.Core.Tests.Features.Workspace;

public sealed class FormDesignTests
{
    private static LocalizedText Text(string en) => new() { En = en, ZhCn = en + "（中）" };

    private static TemplateForm Form(params FormField[] fields) => new() { Id = "f", Title = Text("Form"), Fields = fields };

    private static FormField Field(string name, string type = "text", IReadOnlyList<FieldOption>? options = null) =>
        new() { Name = name, Label = Text(name), Type = type, Options = options };

    [Fact]
    public void A_sound_form_has_no_problems() =>
        Assert.Empty(FormDesign.Check(Form(Field("machine"), Field("shift", "choice", [new FieldOption { Value = "early", Label = Text("Early") }])), []));

    [Fact]
    public void Two_fields_with_one_name_are_refused_at_the_second() =>
        Assert.Contains(FormDesign.Check(Form(Field("machine"), Field("machine")), []), e => e is { Code: FormDesign.DuplicateNameCode, Field: "fields[1].name" });

    [Fact]
    public void A_choice_without_options_is_refused() =>
        Assert.Contains(FormDesign.Check(Form(Field("shift", "choice")), []), e => e is { Code: FormDesign.NoOptionsCode, Field: "fields[0].options" });

    [Fact]
    public void A_label_missing_its_chinese_is_refused() =>
        Assert.Contains(FormDesign.Check(Form(new FormField { Name = "a", Label = new LocalizedText { En = "A" } }), []), e => e.Code == FormDesign.LabelRequiredCode);

    [Fact]
    public void A_field_bound_to_a_column_its_table_lacks_is_refused()
    {
        var form = new TemplateForm { Id = "f", Title = Text("Form"), Table = "t", Fields = [new FormField { Name = "a", Label = Text("A"), Column = "missing" }] };
        var table = new TemplateTable { Id = "t", Columns = [new TableColumn { Name = "a", Type = ColumnType.Text }] };

        Assert.Contains(FormDesign.Check(form, [table]), e => e.Code == FormDesign.BindingCode);
    }
}
