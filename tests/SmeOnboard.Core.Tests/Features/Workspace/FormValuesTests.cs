using System.Text.Json.Nodes;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workspace;

namespace SmeOnboard.Core.Tests.Features.Workspace;

public sealed class FormValuesTests
{
    private static TemplateForm FormOf(params FormField[] fields) => new() { Id = "f", Fields = fields };

    private static FormField Field(string name, string type, bool required = false) =>
        new() { Name = name, Type = type, Required = required, Label = new LocalizedText { En = name, ZhCn = name } };

    [Fact]
    public void An_unticked_required_checkbox_is_an_answer_of_no()
    {
        var result = FormValues.Check(FormOf(Field("lineRunning", "checkbox", required: true)), []);

        Assert.Equal("""{"lineRunning":false}""", result.Value.ToJsonString());
    }

    [Fact]
    public void Numbers_and_whole_numbers_come_back_as_json_numbers_and_dates_as_iso_dates()
    {
        var form = FormOf(Field("minutes", "number"), Field("count", "integer"), Field("on", "date"), Field("note", "text"));

        var result = FormValues.Check(form, new JsonObject { ["minutes"] = " 12.5 ", ["count"] = 40, ["on"] = "2026-03-02", ["note"] = "" });

        Assert.Equal("""{"minutes":12.5,"count":40,"on":"2026-03-02","note":null}""", result.Value.ToJsonString());
    }

    [Fact]
    public void A_date_in_another_format_is_refused()
    {
        var result = FormValues.Check(FormOf(Field("on", "date", required: true)), new JsonObject { ["on"] = "02/03/2026" });

        Assert.Equal(FormValues.NotDateCode, Assert.Single(result.Errors).Code);
    }
}
