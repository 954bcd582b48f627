using Bunit;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Web.Features.Workspace.Forms;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Workspace;

/// <summary>The form builder checks a form before it is saved and shows each problem at its field; the preview follows edits.</summary>
public sealed class FormBuilderTests : PortalComponentContext
{
    private static FieldDraft Field(string name, string type = "text", string options = "") =>
        new() { Name = name, LabelEn = name, LabelZh = name + "中", Type = type, OptionsText = options };

    private static FormDraft Draft(params FieldDraft[] fields) => new() { Id = "check", TitleEn = "Check", TitleZh = "检查", Fields = [.. fields] };

    [Fact]
    public void Two_fields_with_one_name_are_not_saved_and_the_second_says_why()
    {
        TemplateForm? saved = null;
        var builder = Render<FormBuilder>(p => p.Add(x => x.Draft, Draft(Field("machine"), Field("machine"))).Add(x => x.Save, (TemplateForm f) => saved = f));

        builder.Find("[data-testid='save-form']").Click();

        Assert.Null(saved);
        var editors = builder.FindAll("[data-testid='field-editor']");
        Assert.Empty(editors[0].QuerySelectorAll("[data-testid='field-error']"));
        Assert.Contains("Another field already has this name.", editors[1].TextContent);
    }

    [Fact]
    public void A_choice_without_options_is_not_saved()
    {
        TemplateForm? saved = null;
        var builder = Render<FormBuilder>(p => p.Add(x => x.Draft, Draft(Field("shift", "choice"))).Add(x => x.Save, (TemplateForm f) => saved = f));

        builder.Find("[data-testid='save-form']").Click();

        Assert.Null(saved);
        Assert.Contains("A choice needs options", builder.Find("[data-testid='field-error']").TextContent);
    }

    [Fact]
    public void A_sound_form_is_saved_with_its_options_parsed_from_the_lines()
    {
        TemplateForm? saved = null;
        var builder = Render<FormBuilder>(p => p.Add(x => x.Draft, Draft(Field("shift", "choice", "early | Early | 早班\nlate"))).Add(x => x.Save, (TemplateForm f) => saved = f));

        builder.Find("[data-testid='save-form']").Click();

        Assert.NotNull(saved);
        var options = saved!.Fields[0].Options!;
        Assert.Equal(["early", "late"], options.Select(o => o.Value));
        Assert.Equal(("Early", "早班"), (options[0].Label.En, options[0].Label.ZhCn));
    }

    [Fact]
    public void Adding_a_field_shows_it_in_the_preview_at_once()
    {
        var builder = Render<FormBuilder>(p => p.Add(x => x.Draft, Draft(Field("machine"))));

        builder.Find("[data-testid='add-field']").Click();

        Assert.Equal(2, builder.Find("[data-testid='form-preview']").QuerySelectorAll("[data-field]").Length);
    }

    [Fact]
    public void Moving_a_field_down_changes_its_place_in_the_preview()
    {
        var builder = Render<FormBuilder>(p => p.Add(x => x.Draft, Draft(Field("first"), Field("second"))));

        builder.FindAll("[data-testid='field-down']")[0].Click();

        var order = builder.Find("[data-testid='form-preview']").QuerySelectorAll("[data-field]").Select(e => e.GetAttribute("data-field"));
        Assert.Equal(["second", "first"], order);
    }

    [Fact]
    public async Task A_signature_field_added_in_the_builder_shows_in_the_preview_as_a_signature_pad()
    {
        var builder = Render<FormBuilder>(p => p.Add(x => x.Draft, Draft(Field("machine"))));
        builder.Find("[data-testid='add-field']").Click();

        var type = builder.FindComponents<MudBlazor.MudSelect<string>>().Last(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-testid"), "field-type"));
        await builder.InvokeAsync(() => type.Instance.ValueChanged.InvokeAsync("signature"));

        Assert.NotNull(builder.Find("[data-testid='form-preview'] [data-field='field2'] [data-testid='signature-pad']"));
    }

    [Fact]
    public void A_required_photo_field_is_saved_with_its_accepted_types_and_rule()
    {
        TemplateForm? saved = null;
        var photo = Field("photo", "photo");
        photo.Required = true;
        photo.Accept = "image/jpeg, image/png";
        photo.ShowWhenField = "defect";
        photo.ShowWhenEquals = "true";
        var builder = Render<FormBuilder>(p => p.Add(x => x.Draft, Draft(Field("defect", "checkbox"), photo)).Add(x => x.Save, (TemplateForm f) => saved = f));

        builder.Find("[data-testid='save-form']").Click();

        var field = saved!.Fields[1];
        Assert.Equal((true, "image/jpeg,image/png", "defect", "true"), (field.Required, field.Accept, field.ShowWhen!.Field, field.ShowWhen.Value));
    }

    [Fact]
    public void A_rule_naming_no_other_field_is_not_saved()
    {
        TemplateForm? saved = null;
        var photo = Field("photo", "photo");
        photo.ShowWhenField = "photo";
        var builder = Render<FormBuilder>(p => p.Add(x => x.Draft, Draft(photo)).Add(x => x.Save, (TemplateForm f) => saved = f));

        builder.Find("[data-testid='save-form']").Click();

        Assert.Null(saved);
        Assert.Contains("The rule must name another field of this form.", builder.Find("[data-testid='field-error']").TextContent);
    }
}
