using System.Text.Json.Nodes;
using Bunit;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Web.Features.Workspace;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Workspace;

/// <summary>Photo, file and signature fields in a task form, and fields a showWhen rule hides.</summary>
public sealed class FormFileFieldsTests : PortalComponentContext
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];

    private static readonly TemplateForm Form = new()
    {
        Id = "inspection",
        Title = Text("Inspection", "检验"),
        Fields =
        [
            new FormField { Name = "defect", Label = Text("Defect found", "发现缺陷"), Type = "checkbox" },
            new FormField
            {
                Name = "photo", Label = Text("Photo of the defect", "缺陷照片"), Type = "photo", Required = true,
                ShowWhen = new FieldRule { Field = "defect", Value = "true" },
            },
            new FormField { Name = "report", Label = Text("Report", "报告"), Type = "file", Accept = "application/pdf" },
            new FormField { Name = "signature", Label = Text("Inspector", "检验员"), Type = "signature", Required = true },
        ],
    };

    private static LocalizedText Text(string en, string zh) => new() { En = en, ZhCn = zh };

    [Fact]
    public void A_file_field_offers_an_upload_limited_to_its_accepted_types()
    {
        var form = Render<WorkspaceFormFields>(p => p.Add(f => f.Form, Form));

        Assert.Equal("application/pdf", form.Find("[data-field='report'] input[type='file']").GetAttribute("accept"));
    }

    [Fact]
    public void A_signature_field_is_a_canvas_to_draw_on_with_a_clear_button()
    {
        var form = Render<WorkspaceFormFields>(p => p.Add(f => f.Form, Form));

        Assert.NotNull(form.Find("[data-field='signature'] canvas[data-testid='signature-canvas']"));
        Assert.NotNull(form.Find("[data-field='signature'] [data-testid='signature-clear']"));
    }

    [Fact]
    public void A_field_whose_show_when_rule_does_not_hold_is_hidden()
    {
        var form = Render<WorkspaceFormFields>(p => p.Add(f => f.Form, Form));

        Assert.Empty(form.FindAll("[data-field='photo']"));
    }

    [Fact]
    public void Ticking_the_field_a_rule_reads_shows_the_hidden_field()
    {
        var form = Render<WorkspaceFormFields>(p => p.Add(f => f.Form, Form));

        form.Find("[data-field='defect'] input").Change(true);

        Assert.NotNull(form.Find("[data-field='photo'] input[type='file']"));
    }

    [Fact]
    public async Task A_missing_signature_is_named_under_its_field()
    {
        var form = Render<WorkspaceFormFields>(p => p.Add(f => f.Form, Form));

        var result = await form.InvokeAsync(() => form.Instance.Validate());

        Assert.Equal([("signature", FormValues.RequiredCode)], result.Errors.Select(e => (e.Field, e.Code)));
        Assert.Contains("Inspector is required.", form.Find("[data-field='signature']").TextContent);
    }

    [Fact]
    public async Task A_drawn_signature_and_a_chosen_photo_are_sent_with_the_form()
    {
        var form = Render<WorkspaceFormFields>(p => p.Add(f => f.Form, Form));
        form.Find("[data-field='defect'] input").Change(true);
        var png = "data:image/png;base64," + Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]);
        var pad = form.FindComponent<SignaturePad>();
        await form.InvokeAsync(() => pad.Instance.Signed(png));
        var photo = form.FindComponent<FormFileField>();
        await form.InvokeAsync(() => photo.Instance.ValueChanged.InvokeAsync(new JsonObject { ["name"] = "crack.jpg", ["content"] = Convert.ToBase64String(Jpeg) }));

        var result = await form.InvokeAsync(() => form.Instance.Validate());

        Assert.True(result.Succeeded);
        Assert.Equal(("image/png", "image/jpeg"), (result.Value["signature"]!["contentType"]!.GetValue<string>(), result.Value["photo"]!["contentType"]!.GetValue<string>()));
        Assert.Contains("crack.jpg", form.Find("[data-field='photo'] [data-testid='file-chosen']").TextContent);
        Assert.NotNull(form.Find("[data-testid='signature-signed']"));
    }

    [Fact]
    public void A_stored_signature_shows_in_the_history_as_a_small_image_and_a_file_as_a_link()
    {
        var id = Guid.NewGuid().ToString();
        var reference = FormFileStore.Reference(Guid.Parse(id), "signature.png", "image/png", 120).ToJsonString();

        var value = Render<SubmittedValue>(p => p.Add(v => v.Name, "signature").Add(v => v.Value, reference));

        Assert.Equal($"/workspace/form-files/{id}", value.Find("[data-testid='submitted-image']").GetAttribute("src"));
        Assert.Equal("signature.png", value.Find("[data-testid='submitted-link']").TextContent.Trim());
    }

    [Fact]
    public void A_stored_pdf_shows_in_the_history_as_a_link_without_an_image()
    {
        var reference = FormFileStore.Reference(Guid.NewGuid(), "report.pdf", "application/pdf", 900).ToJsonString();

        var value = Render<SubmittedValue>(p => p.Add(v => v.Name, "report").Add(v => v.Value, reference));

        Assert.Empty(value.FindAll("[data-testid='submitted-image']"));
        Assert.Equal("report.pdf", value.Find("[data-testid='submitted-link']").TextContent.Trim());
    }
}
