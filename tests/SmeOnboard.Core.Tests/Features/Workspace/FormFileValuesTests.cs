using System.Text.Json.Nodes;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workspace;

namespace SmeOnboard.Core.Tests.Features.Workspace;

public sealed class FormFileValuesTests
{
    private static TemplateForm FormOf(params FormField[] fields) => new() { Id = "f", Fields = fields };

    private static FormField Field(string name, string type, bool required = false, string? accept = null, FieldRule? showWhen = null) =>
        new() { Name = name, Type = type, Required = required, Accept = accept, ShowWhen = showWhen, Label = new LocalizedText { En = name, ZhCn = name } };

    private static JsonObject Upload(string name, byte[] content) => new() { ["name"] = name, ["content"] = Convert.ToBase64String(content) };

    [Fact]
    public void A_required_file_left_out_is_refused_with_a_message()
    {
        var result = FormValues.Check(FormOf(Field("evidence", "file", required: true)), []);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("evidence", FormValues.RequiredCode, "'evidence' is required."), (error.Field, error.Code, error.Message));
    }

    [Fact]
    public void A_file_whose_bytes_are_not_an_accepted_type_is_refused_whatever_its_name()
    {
        var result = FormValues.Check(FormOf(Field("photo", "photo")), new JsonObject { ["photo"] = Upload("part.jpg", SampleFiles.Text) });

        Assert.Equal(FormValues.FileTypeCode, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void A_pdf_is_refused_by_a_field_that_accepts_only_images()
    {
        var result = FormValues.Check(FormOf(Field("scan", "file", accept: "image/*")), new JsonObject { ["scan"] = Upload("scan.pdf", SampleFiles.Pdf) });

        Assert.Equal(FormValues.FileTypeCode, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused()
    {
        var limits = new FormFileOptions { MaxFileBytes = 8 };

        var result = FormValues.Check(FormOf(Field("photo", "photo")), new JsonObject { ["photo"] = Upload("part.jpg", SampleFiles.Jpeg) }, limits);

        Assert.Equal(FormValues.FileTooLargeCode, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void An_accepted_file_becomes_an_upload_typed_from_its_bytes()
    {
        var result = FormValues.Check(FormOf(Field("scan", "file")), new JsonObject { ["scan"] = Upload("../scan.pdf", SampleFiles.Pdf) });

        var upload = result.Value["scan"]!;
        Assert.Equal(("scan.pdf", "application/pdf", SampleFiles.Pdf.Length),
            (upload["name"]!.GetValue<string>(), upload["contentType"]!.GetValue<string>(), upload["size"]!.GetValue<int>()));
    }

    [Fact]
    public void A_signature_that_is_not_a_png_is_refused()
    {
        var jpeg = "data:image/png;base64," + Convert.ToBase64String(SampleFiles.Jpeg);

        var result = FormValues.Check(FormOf(Field("signature", "signature", required: true)), new JsonObject { ["signature"] = jpeg });

        Assert.Equal(FormValues.NotSignatureCode, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void A_typed_name_is_not_a_signature()
    {
        var result = FormValues.Check(FormOf(Field("signature", "signature", required: true)), new JsonObject { ["signature"] = "Li Wang" });

        Assert.Equal(FormValues.NotSignatureCode, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void A_signature_larger_than_the_limit_is_refused()
    {
        var limits = new FormFileOptions { MaxSignatureBytes = 8 };

        var result = FormValues.Check(FormOf(Field("signature", "signature")), new JsonObject { ["signature"] = SampleFiles.SignatureDataUrl }, limits);

        Assert.Equal(FormValues.FileTooLargeCode, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void A_field_hidden_by_its_show_when_rule_is_neither_required_nor_kept()
    {
        var form = FormOf(Field("defect", "checkbox"), Field("photo", "photo", required: true, showWhen: new FieldRule { Field = "defect", Value = "true" }));

        var result = FormValues.Check(form, new JsonObject { ["photo"] = Upload("part.jpg", SampleFiles.Text) });

        Assert.True(result.Succeeded);
        Assert.Equal("""{"defect":false}""", result.Value.ToJsonString());
    }

    [Fact]
    public void A_field_shown_by_its_show_when_rule_is_required()
    {
        var form = FormOf(Field("defect", "checkbox"), Field("photo", "photo", required: true, showWhen: new FieldRule { Field = "defect", Value = "true" }));

        var result = FormValues.Check(form, new JsonObject { ["defect"] = true });

        Assert.Equal(("photo", FormValues.RequiredCode), (Assert.Single(result.Errors).Field, result.Errors[0].Code));
    }
}
