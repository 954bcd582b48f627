using SmeOnboard.Core.Features.Kpis;
using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Tests.Features.Kpis;

public sealed class KpiCalculatorTests
{
    private static readonly SampleTable Shifts = ShippedSamples.Table("oee-calculator", "shift_production");
    private static readonly TemplateKpi Oee = ShippedSamples.Kpi("oee-calculator", "oee");

    [Fact]
    public void Oee_of_three_shifts_is_availability_times_performance_times_quality()
    {
        // By hand from the first three sample shifts: planned 1350 min, run 1235 min, ideal 42 s × 1503 parts = 1052.1 min,
        // good 1467 of 1503. Availability 1235/1350 × performance 1052.1/1235 × quality 1467/1503 = 76.0667 %.
        var figure = KpiCalculator.Figure(Oee, Shifts.Rows.Take(3).ToList());

        Assert.Equal(76.0667, figure.Value!.Value, precision: 4);
        Assert.Equal(3, figure.RowCount);
    }

    [Fact]
    public void Oee_over_every_sample_shift_is_72_6_percent_and_below_its_target()
    {
        var figure = KpiCalculator.Figure(Oee, Shifts.Rows);

        Assert.Equal(72.5996, figure.Value!.Value, precision: 4);
        Assert.Equal(KpiStatus.OffTarget, figure.Status);
    }

    [Fact]
    public void Only_rows_dated_within_the_period_count()
    {
        var day = new DateOnly(2026, 3, 2);

        var rows = KpiRows.InPeriod(Shifts.Table, Shifts.Rows, new KpiPeriod(day, day));

        Assert.Equal(8, rows.Count);
        Assert.All(rows, row => Assert.Equal(day, row["date"]));
        Assert.Equal(72.8271, KpiCalculator.Figure(Oee, rows).Value!.Value, precision: 4);
    }

    [Fact]
    public void A_date_time_row_counts_on_its_utc_day()
    {
        var events = ShippedSamples.Table("machine-downtime", "downtime_events");
        var day = new DateOnly(2026, 3, 24);

        var rows = KpiRows.InPeriod(events.Table, events.Rows, new KpiPeriod(day, day));

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal(day, DateOnly.FromDateTime(((DateTimeOffset)row["started_at"]!).UtcDateTime)));
    }

    [Fact]
    public void A_table_without_a_date_column_keeps_every_row_whatever_the_period()
    {
        var items = ShippedSamples.Table("inventory-bom", "items");

        var rows = KpiRows.InPeriod(items.Table, items.Rows, KpiPeriod.LastDays(new DateOnly(1999, 1, 1), 1));

        Assert.Equal(items.Rows.Count, rows.Count);
    }

    [Fact]
    public void A_daily_trend_has_one_point_per_day_with_rows_each_that_days_figure()
    {
        var week = KpiRows.InPeriod(Shifts.Table, Shifts.Rows, new KpiPeriod(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 8)));

        var trend = KpiCalculator.Trend(Oee, Shifts.Table, week, TrendStep.Day);

        var days = week.Select(row => (DateOnly)row["date"]!).Distinct().Order().ToList();
        Assert.Equal(days, trend.Select(p => p.Start));
        Assert.Equal(72.8271, trend[0].Value!.Value, precision: 4);
    }

    [Fact]
    public void A_weekly_trend_groups_rows_into_weeks_starting_on_monday()
    {
        var trend = KpiCalculator.Trend(Oee, Shifts.Table, Shifts.Rows, TrendStep.Week);

        Assert.Equal([new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 23)], trend.Select(p => p.Start));
        var firstWeek = KpiRows.InPeriod(Shifts.Table, Shifts.Rows, new KpiPeriod(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 8)));
        Assert.Equal(KpiCalculator.Figure(Oee, firstWeek).Value, trend[0].Value);
    }

    [Fact]
    public void A_period_of_up_to_five_weeks_trends_by_day_and_a_longer_one_by_week()
    {
        Assert.Equal(TrendStep.Day, KpiCalculator.StepFor(KpiPeriod.LastDays(new DateOnly(2026, 3, 24), 35)));
        Assert.Equal(TrendStep.Week, KpiCalculator.StepFor(KpiPeriod.LastDays(new DateOnly(2026, 3, 24), 36)));
    }

    [Fact]
    public void A_pareto_ranks_downtime_reasons_by_minutes_lost_with_their_cumulative_share()
    {
        var events = ShippedSamples.Table("machine-downtime", "downtime_events");

        var bars = KpiCalculator.Pareto(ParetoSource.For(events.Table)!, events.Rows);

        // 2972 minutes in the sample: BRK 951, SET 906, ELC 476, MAT 225, QLT 168, TOOL 155, OPR 91.
        Assert.Equal(["BRK", "SET", "ELC", "MAT", "QLT", "TOOL", "OPR"], bars.Select(b => b.Category));
        Assert.Equal(951, bars[0].Value);
        Assert.Equal(951d / 2972 * 100, bars[0].Share, precision: 6);
        Assert.Equal((951d + 906) / 2972 * 100, bars[1].Cumulative, precision: 6);
        Assert.Equal(100, bars[^1].Cumulative, precision: 6);
    }

    [Fact]
    public void A_downtime_table_is_ranked_by_reason_code_weighted_by_minutes()
    {
        var source = ParetoSource.For(ShippedSamples.Table("machine-downtime", "downtime_events").Table)!;

        Assert.Equal("reason_code", source.Category.Name);
        Assert.Equal("minutes", source.Measure!.Name);
    }

    [Fact]
    public void A_pareto_without_a_decimal_column_counts_rows_and_breaks_ties_by_name()
    {
        var table = new TemplateTable
        {
            Id = "stops",
            Columns = [new TableColumn { Name = "cause", Type = ColumnType.Choice, Options = ["a", "b", "c"] }],
        };
        IReadOnlyList<IReadOnlyDictionary<string, object?>> rows = new[] { "b", "a", "c", "c", null }.Select(Row).ToList();

        var bars = KpiCalculator.Pareto(ParetoSource.For(table)!, rows);

        Assert.Equal(["c", "a", "b"], bars.Select(b => b.Category));
        Assert.Equal([2d, 1d, 1d], bars.Select(b => b.Value));
        Assert.Equal([50d, 75d, 100d], bars.Select(b => b.Cumulative));

        static IReadOnlyDictionary<string, object?> Row(string? cause) => new Dictionary<string, object?> { ["cause"] = cause };
    }

    [Fact]
    public void A_table_without_a_reason_column_has_no_pareto()
    {
        Assert.Null(ParetoSource.For(Shifts.Table));
    }

    [Fact]
    public void A_division_by_zero_gives_no_value_and_no_status()
    {
        var quality = ShippedSamples.Kpi("oee-calculator", "quality");
        var idle = Shifts.Rows.Take(2).Select(row => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(row)
        {
            ["total_count"] = 0d,
            ["good_count"] = 0d,
        }).ToList();

        var figure = KpiCalculator.Figure(quality, idle);

        Assert.Null(figure.Value);
        Assert.Equal(KpiStatus.NoValue, figure.Status);
    }

    [Fact]
    public void No_rows_give_no_value()
    {
        var figure = KpiCalculator.Figure(ShippedSamples.Kpi("maintenance-orders", "open_orders"), []);

        Assert.Null(figure.Value);
        Assert.Equal(KpiStatus.NoValue, figure.Status);
    }

    [Theory]
    [InlineData(5, KpiStatus.OnTarget)]
    [InlineData(4, KpiStatus.OnTarget)]
    [InlineData(6, KpiStatus.OffTarget)]
    public void Where_lower_is_better_a_figure_up_to_the_target_is_on_target(double value, KpiStatus expected)
    {
        Assert.Equal(expected, KpiCalculator.Status(ShippedSamples.Kpi("maintenance-orders", "open_orders"), value));
    }

    [Theory]
    [InlineData(98, KpiStatus.OnTarget)]
    [InlineData(97.9, KpiStatus.OffTarget)]
    public void Where_higher_is_better_a_figure_from_the_target_up_is_on_target(double value, KpiStatus expected)
    {
        Assert.Equal(expected, KpiCalculator.Status(ShippedSamples.Kpi("quality-inspection", "first_pass_yield"), value));
    }
}
