using System.Text.Json.Nodes;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Tests.Features.Templates;

public sealed class ShippedTemplateTests
{
    private static readonly TemplateCatalog Catalog = TemplateLoader.LoadFolder(TemplateFolders.Shipped);

    [Fact]
    public void Every_shipped_template_is_valid()
    {
        Assert.True(Catalog.Problems.Count == 0, string.Join("\n", Catalog.Problems));
    }

    [Fact]
    public void The_ten_templates_manufacturers_need_first_are_shipped()
    {
        string[] expected =
        [
            "oee-calculator", "machine-downtime", "work-instructions", "quality-inspection", "andon-escalation",
            "maintenance-orders", "five-s-audit", "work-orders", "inventory-bom", "incident-reporting",
        ];

        Assert.Equal(expected.Order(), Catalog.Templates.Select(t => t.Slug).Order());
    }

    [Fact]
    public void Every_template_ships_sample_rows_for_every_table()
    {
        var empty = Catalog.Templates.SelectMany(t => t.Tables.Where(s => s.Rows.Count == 0).Select(s => $"{t.Slug}/{s.Table.Id}"));

        Assert.Empty(empty);
    }

    [Fact]
    public void Every_kpi_has_a_value_on_the_sample_data()
    {
        var missing = Catalog.Templates
            .SelectMany(t => t.Manifest.Kpis.Select(k => (t, k)))
            .Where(x => Formula.Parse(x.k.Formula).Formula!.Evaluate(x.t.Table(x.k.Table)!.Rows) is null)
            .Select(x => $"{x.t.Slug}/{x.k.Id}");

        Assert.Empty(missing);
    }

    [Fact]
    public void The_oee_sample_data_gives_a_plausible_oee_equal_to_availability_times_performance_times_quality()
    {
        var oee = Catalog.Find("oee-calculator")!;
        var rows = oee.Table("shift_production")!.Rows;
        double Kpi(string id) => Formula.Parse(oee.Manifest.Kpis.Single(k => k.Id == id).Formula).Formula!.Evaluate(rows)!.Value;

        Assert.InRange(Kpi("oee"), 40, 85);
        Assert.Equal(Kpi("availability") * Kpi("performance") * Kpi("quality") / 10_000, Kpi("oee"), 6);
    }

    [Fact]
    public void The_schema_lists_exactly_the_problems_and_industries_the_portal_knows()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(TemplateFolders.Shipped, "schema", "template.schema.json")))!;
        var properties = schema["properties"]!;

        var problems = properties["problems"]!["items"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        var industries = properties["industries"]!["items"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        Assert.Equal(ManufacturingProblems.All.Select(p => p.Code), problems);
        Assert.Equal(ProfileChoices.Industries.Select(i => i.Code), industries);
    }
}
