using Bunit;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Web.Features.Workspace;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Workspace;

/// <summary>The task form renders a workspace form's fields and checks what was entered with clear words per field.</summary>
public sealed class WorkspaceFormFieldsTests : PortalComponentContext
{
    private static readonly TemplateForm Form = new()
    {
        Id = "count",
        Title = Text("Count", "盘点"),
        Fields =
        [
            new FormField { Name = "item", Label = Text("Item", "物料"), Type = "text", Required = true },
            new FormField { Name = "weight", Label = Text("Weight (kg)", "重量（千克）"), Type = "number", Required = true },
            new FormField { Name = "pieces", Label = Text("Pieces", "件数"), Type = "integer", Required = true },
            new FormField { Name = "checked", Label = Text("Checked", "已核对"), Type = "checkbox" },
            new FormField
            {
                Name = "bin", Label = Text("Bin", "库位"), Type = "choice",
                Options = [new FieldOption { Value = "A1", Label = Text("Bin A1", "A1 库位") }],
            },
        ],
    };

    private static LocalizedText Text(string en, string zh) => new() { En = en, ZhCn = zh };

    private static void Enter(IRenderedComponent<WorkspaceFormFields> form, string field, string value) =>
        form.Find($"[data-field='{field}'] input, [data-field='{field}'] textarea").Input(value);

    [Fact]
    public void Every_field_is_rendered_with_its_label_in_the_readers_language()
    {
        var form = Render<WorkspaceFormFields>(p => p.Add(f => f.Form, Form));

        Assert.Equal(["item", "weight", "pieces", "checked", "bin"], form.FindAll("[data-field]").Select(e => e.GetAttribute("data-field")));
        Assert.Contains("Weight (kg) *", form.Markup);
    }

    [Fact]
    public async Task Empty_required_fields_and_values_of_the_wrong_type_are_named_in_plain_words()
    {
        var form = Render<WorkspaceFormFields>(p => p.Add(f => f.Form, Form));
        Enter(form, "weight", "heavy");
        Enter(form, "pieces", "2.5");

        var result = await form.InvokeAsync(() => form.Instance.Validate());

        Assert.Equal(
            [("item", FormValues.RequiredCode), ("weight", FormValues.NotNumberCode), ("pieces", FormValues.NotWholeNumberCode)],
            result.Errors.Select(e => (e.Field, e.Code)));
        Assert.Contains("Item is required.", form.Markup);
        Assert.Contains("Weight (kg) must be a number.", form.Markup);
        Assert.Contains("Pieces must be a whole number.", form.Markup);
    }

    [Fact]
    public async Task Values_that_fit_come_back_typed()
    {
        var form = Render<WorkspaceFormFields>(p => p.Add(f => f.Form, Form));
        Enter(form, "item", "Bolt M8");
        Enter(form, "weight", "12.5");
        Enter(form, "pieces", "300");

        var result = await form.InvokeAsync(() => form.Instance.Validate());

        Assert.True(result.Succeeded);
        Assert.Equal("""{"item":"Bolt M8","weight":12.5,"pieces":300,"checked":false,"bin":null}""", result.Value.ToJsonString());
        Assert.DoesNotContain("is required", form.Markup);
    }
}
