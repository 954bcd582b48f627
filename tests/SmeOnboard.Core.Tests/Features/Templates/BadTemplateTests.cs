using System.Text.Json.Nodes;
using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Tests.Features.Templates;

/// <summary>Each kind of broken template is reported with its folder, file, path and reason, and left out; the rest still load.</summary>
public sealed class BadTemplateTests : IDisposable
{
    private readonly TemplateFolders _folders = new TemplateFolders().Copy("oee-calculator", "five-s-audit");

    public void Dispose() => _folders.Dispose();

    [Fact]
    public void A_malformed_manifest_is_reported_with_its_line_and_the_other_templates_still_load()
    {
        _folders.Write("oee-calculator", "template.json", "{ \"slug\": \"oee-calculator\",\n  \"version\": }");

        var catalog = TemplateLoader.LoadFolder(_folders.Root);

        var problem = Assert.Single(catalog.Problems);
        Assert.Equal(("oee-calculator", "template.json", "line 2"), (problem.Folder, problem.File, problem.Path));
        Assert.StartsWith("Not valid JSON", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(["five-s-audit"], catalog.Templates.Select(t => t.Slug));
    }

    [Fact]
    public void A_name_without_its_chinese_text_fails_the_schema_at_that_path()
    {
        _folders.EditJson("oee-calculator", "template.json", m => m["name"]!.AsObject().Remove("zh-CN"));

        var problem = Assert.Single(TemplateLoader.LoadFolder(_folders.Root).Problems);

        Assert.Equal(("template.json", "name"), (problem.File, problem.Path));
        Assert.Contains("zh-CN", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_manifest_field_fails_the_schema()
    {
        _folders.EditJson("oee-calculator", "template.json", m => m["price"] = 100);

        var problems = TemplateLoader.LoadFolder(_folders.Root).Problems;

        Assert.Contains(problems, p => p.File == "template.json" && p.Path == "price");
    }

    [Fact]
    public void A_problem_outside_the_closed_list_fails_the_schema()
    {
        _folders.EditJson("oee-calculator", "template.json", m => m["problems"]!.AsArray().Add("world-hunger"));

        var problems = TemplateLoader.LoadFolder(_folders.Root).Problems;

        Assert.Contains(problems, p => p.File == "template.json" && p.Path == "problems[3]");
    }

    [Fact]
    public void A_formula_referring_to_a_missing_column_fails_naming_the_column()
    {
        _folders.EditJson("oee-calculator", "template.json", m => m["kpis"]![0]!["formula"] = "SUM(run_time_min) / SUM(plan_time) * 100");

        var problem = Assert.Single(TemplateLoader.LoadFolder(_folders.Root).Problems);

        Assert.Equal(("oee-calculator", "template.json", "kpis[0].formula"), (problem.Folder, problem.File, problem.Path));
        Assert.StartsWith("The formula refers to a column 'plan_time' that table 'shift_production' does not have", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_computing_with_a_text_column_fails()
    {
        _folders.EditJson("oee-calculator", "template.json", m => m["kpis"]![0]!["formula"] = "SUM(machine)");

        var problem = Assert.Single(TemplateLoader.LoadFolder(_folders.Root).Problems);

        Assert.Equal("The formula computes with column 'machine', which is choice, not a number.", problem.Reason);
    }

    [Fact]
    public void A_formula_that_cannot_be_read_is_reported_with_the_position()
    {
        _folders.EditJson("oee-calculator", "template.json", m => m["kpis"]![0]!["formula"] = "SUM(run_time_min) / ");

        var problem = Assert.Single(TemplateLoader.LoadFolder(_folders.Root).Problems);

        Assert.Equal("kpis[0].formula", problem.Path);
        Assert.Contains("at character 21", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_data_of_the_wrong_type_fails_naming_the_line_and_column()
    {
        var file = _folders.PathOf("oee-calculator", "data/shift_production.csv");
        var lines = File.ReadAllLines(file);
        lines[3] = lines[3].Replace(",450,", ",four hundred,", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);

        var problem = Assert.Single(TemplateLoader.LoadFolder(_folders.Root).Problems);

        Assert.Equal(("data/shift_production.csv", "line 4"), (problem.File, problem.Path));
        Assert.Equal("'four hundred' in column 'planned_time_min' is not a number.", problem.Reason);
    }

    [Fact]
    public void A_sample_value_outside_a_choice_column_fails()
    {
        var file = _folders.PathOf("oee-calculator", "data/shift_production.csv");
        File.WriteAllText(file, File.ReadAllText(file).Replace(",early,CNC-01,", ",night,CNC-01,", StringComparison.Ordinal));

        var problems = TemplateLoader.LoadFolder(_folders.Root).Problems;

        Assert.Contains(problems, p => p.Reason == "'night' in column 'shift' is not one of early, late.");
    }

    [Fact]
    public void A_workflow_the_engine_refuses_is_reported_with_the_activity_and_field()
    {
        _folders.EditJson("oee-calculator", "workflows/shift-report.json", w => w["root"]!["activities"]![2]!["type"] = "SendFax");

        var problems = TemplateLoader.LoadFolder(_folders.Root).Problems;

        Assert.Contains(problems, p => p.File == "workflows/shift-report.json" && p.Path == "activity 'low', type" && p.Reason == "Unknown activity type 'SendFax'.");
    }

    [Fact]
    public void A_task_showing_a_form_the_template_does_not_ship_fails()
    {
        _folders.EditJson("oee-calculator", "workflows/shift-report.json",
            w => w["root"]!["activities"]![0]!["inputs"]!["form"]!["expression"]!["value"] = "shift-sheet");

        var problem = Assert.Single(TemplateLoader.LoadFolder(_folders.Root).Problems);

        Assert.Equal(("workflows/shift-report.json", "activity 'start-report', form"), (problem.File, problem.Path));
        Assert.StartsWith("The form 'shift-sheet' is not among the template's forms", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported()
    {
        File.Delete(_folders.PathOf("oee-calculator", "forms/shift-report.json"));

        var problems = TemplateLoader.LoadFolder(_folders.Root).Problems;

        Assert.Contains(problems, p => p.File == "forms/shift-report.json" && p.Reason == "The file is missing.");
    }

    [Fact]
    public void A_slug_that_differs_from_the_folder_fails()
    {
        _folders.EditJson("oee-calculator", "template.json", m => m["slug"] = "oee");

        var problem = Assert.Single(TemplateLoader.LoadFolder(_folders.Root).Problems);

        Assert.Equal("The slug 'oee' differs from the folder name 'oee-calculator'.", problem.Reason);
    }

    [Fact]
    public void A_version_that_is_not_semver_fails_the_schema()
    {
        _folders.EditJson("oee-calculator", "template.json", m => m["version"] = "1.0");

        var problems = TemplateLoader.LoadFolder(_folders.Root).Problems;

        Assert.Contains(problems, p => p.Path == "version");
    }

    [Fact]
    public void A_form_field_of_an_unknown_type_fails_the_form_schema()
    {
        _folders.EditJson("oee-calculator", "forms/shift-report.json", f => f["fields"]![0]!["type"] = "slider");

        var problems = TemplateLoader.LoadFolder(_folders.Root).Problems;

        Assert.Contains(problems, p => p.File == "forms/shift-report.json" && p.Path == "fields[0].type");
    }

    [Fact]
    public void The_problem_reads_folder_file_path_and_reason()
    {
        var problem = new TemplateProblem("oee-calculator", "template.json", "kpis[0].formula", "Broken.");

        Assert.Equal("oee-calculator/template.json kpis[0].formula: Broken.", problem.ToString());
    }

}
