using SmeOnboard.Core.Features.Kpis;
using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Tests.Features.Kpis;

public sealed class KpiCsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void A_field_is_quoted_only_when_rfc_4180_needs_it(string value, string expected)
    {
        Assert.Equal(expected, KpiCsv.Field(value));
    }

    [Fact]
    public void Rows_are_written_with_a_header_crlf_line_ends_and_values_as_sample_data_reads_them()
    {
        var events = ShippedSamples.Table("machine-downtime", "downtime_events");

        var csv = KpiCsv.Rows(new KpiTableRows { Table = events.Table, Rows = events.Rows.Take(1).ToList() });

        Assert.Equal("started_at,machine,reason_code,minutes,shift,note\r\n2026-03-02T17:10:00Z,CNC-02,BRK,103,late,\r\n", csv);
    }

    [Fact]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        var table = new TemplateTable { Id = "notes", Columns = [new TableColumn { Name = "note", Type = ColumnType.Text }, new TableColumn { Name = "delta", Type = ColumnType.Number }] };
        IReadOnlyList<IReadOnlyDictionary<string, object?>> rows = [new Dictionary<string, object?> { ["note"] = "=HYPERLINK(\"x\")", ["delta"] = -2.5 }];

        var csv = KpiCsv.Rows(new KpiTableRows { Table = table, Rows = rows });

        Assert.EndsWith("\"'=HYPERLINK(\"\"x\"\")\",-2.5\r\n", csv);
    }

    [Fact]
    public void Figures_carry_the_kpi_name_in_the_chosen_language_with_value_target_and_status()
    {
        var kpi = ShippedSamples.Kpi("oee-calculator", "oee");
        var shifts = ShippedSamples.Table("oee-calculator", "shift_production");
        var dashboard = new KpiDashboard
        {
            Period = new KpiPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)),
            Cards = [new KpiCard { Figure = KpiCalculator.Figure(kpi, shifts.Rows.Take(3).ToList()), Table = shifts.Table, IsDated = true }],
        };

        var csv = KpiCsv.Figures(dashboard, "zh-CN");

        Assert.Equal("oee,设备综合效率 OEE,shift_production,76.0667,%,85,higher,off-target,3,2026-03-01,2026-03-31", csv.Split("\r\n")[1]);
    }

    [Fact]
    public void The_download_encoding_starts_with_a_byte_order_mark_for_excel()
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], KpiCsv.Encoding.GetPreamble());
    }
}
