using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Tests.Features.Templates;

/// <summary>A form bound to a table must make rows of the right shape; a binding that cannot leaves the template out.</summary>
public sealed class FormBindingTests : IDisposable
{
    private readonly TemplateFolders _folders = new TemplateFolders().Copy("oee-calculator");

    public void Dispose() => _folders.Dispose();

    [Fact]
    public void A_field_bound_to_a_missing_column_is_reported_at_that_field()
    {
        _folders.EditJson("oee-calculator", "forms/shift-report.json", f => f["fields"]![7]!["column"] = "operator_note");

        var problem = Assert.Single(TemplateLoader.LoadFolder(_folders.Root).Problems);

        Assert.Equal(("forms/shift-report.json", "fields[7].column"), (problem.File, problem.Path));
        Assert.Contains("operator_note", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_field_cannot_fill_a_number_column()
    {
        _folders.EditJson("oee-calculator", "forms/shift-report.json", f => f["fields"]![2]!["type"] = "text");

        var problem = Assert.Single(TemplateLoader.LoadFolder(_folders.Root).Problems);

        Assert.Equal("fields[2].column", problem.Path);
    }

    [Fact]
    public void A_required_column_no_field_fills_is_reported()
    {
        _folders.EditJson("oee-calculator", "forms/shift-report.json", f => f["fields"]![0]!.AsObject().Remove("column"));

        var problem = Assert.Single(TemplateLoader.LoadFolder(_folders.Root).Problems);

        Assert.Equal("table", problem.Path);
        Assert.Contains("'machine'", problem.Reason, StringComparison.Ordinal);
    }
}
