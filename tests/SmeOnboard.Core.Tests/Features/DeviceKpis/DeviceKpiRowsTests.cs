using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.DeviceKpis;
using SmeOnboard.Core.Features.Kpis;
using SmeOnboard.Core.Tests.Features.Kpis;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.DeviceKpis;

/// <summary>Readings published over MQTT become rows of the linked workspace table, and the template's KPIs read them.</summary>
public sealed class DeviceKpiRowsTests(TestDatabases databases)
{
    private static readonly DeviceKpiMapping Counts = new()
    {
        Machine = "PRESS-01", TotalSignal = "cycles", GoodSignal = "good", StateSignal = "state", IdealCycleTimeSeconds = 30, UtcOffsetMinutes = 0,
    };

    private static readonly DeviceKpiMapping Stops = new()
    {
        Machine = "PRESS-01", StateSignal = "state", ReasonSignal = "stopReason", UtcOffsetMinutes = 0,
        Reasons = new Dictionary<string, string> { ["Jam"] = "BRK", ["ToolChange"] = "TOOL" }, DefaultReason = "OPR",
    };

    [Theory, BothDatabases]
    public async Task Oee_computed_from_device_counts_equals_the_expected_figure(DatabaseProvider provider)
    {
        await using var press = await DeviceKpiHarness.StartAsync(databases, provider, "oee-calculator");
        await press.LinkAsync("shift_production", Counts);

        await PublishShiftAsync(press);

        // 10 minutes observed, 8 running: availability 80 %; 16 parts at 30 s in 8 minutes: performance 100 %; 15 good: quality 93.75 %.
        var rows = await press.DeviceRowsAsync("shift_production", "PRESS-01", r => r.Count == 1 && Equals(r[0]["planned_time_min"], 10d));
        Assert.Equal((8d, 16d, 15d, "early"), ((double)rows[0]["run_time_min"]!, (double)rows[0]["total_count"]!, (double)rows[0]["good_count"]!, (string)rows[0]["shift"]!));
        var oee = KpiCalculator.Figure(ShippedSamples.Kpi("oee-calculator", "oee"), rows);
        Assert.Equal(75.0, oee.Value!.Value, 9);
    }

    [Theory, BothDatabases]
    public async Task A_stop_and_restart_write_a_downtime_row_with_its_minutes_and_reason(DatabaseProvider provider)
    {
        await using var press = await DeviceKpiHarness.StartAsync(databases, provider, "machine-downtime");
        await press.LinkAsync("downtime_events", Stops);

        await press.PublishAsync("2030-01-07T08:00:00Z", """ "state":"RUNNING","stopReason":"NONE" """);
        await press.PublishAsync("2030-01-07T08:02:30Z", """ "state":"STOPPED","stopReason":"Jam" """);
        await press.PublishAsync("2030-01-07T08:05:00Z", """ "state":"RUNNING","stopReason":"NONE" """);

        var rows = await press.DeviceRowsAsync("downtime_events", "PRESS-01", r => r.Count == 1 && Equals(r[0]["minutes"], 2.5));
        Assert.Equal(
            (DateTimeOffset.Parse("2030-01-07T08:02:30Z", System.Globalization.CultureInfo.InvariantCulture), "BRK", "early"),
            ((DateTimeOffset)rows[0]["started_at"]!, (string)rows[0]["reason_code"]!, (string)rows[0]["shift"]!));
    }

    [Theory, BothDatabases]
    public async Task Readings_delivered_again_are_not_counted_twice(DatabaseProvider provider)
    {
        await using var press = await DeviceKpiHarness.StartAsync(databases, provider, "oee-calculator");
        await press.LinkAsync("shift_production", Counts);
        await PublishShiftAsync(press);
        await press.DeviceRowsAsync("shift_production", "PRESS-01", r => r.Count == 1 && Equals(r[0]["planned_time_min"], 10d));

        await press.PublishAsync("2030-01-07T08:04:00Z", """ "state":"RUNNING","cycles":8,"good":8 """);
        await press.PublishAsync("2030-01-07T08:08:00Z", """ "state":"STOPPED","cycles":16,"good":15 """);
        await press.PublishAsync("2030-01-07T08:11:00Z", """ "state":"RUNNING","cycles":18,"good":17 """);

        var rows = await press.DeviceRowsAsync("shift_production", "PRESS-01", r => r.Count == 1 && Equals(r[0]["planned_time_min"], 11d));
        Assert.Equal((18d, 17d, 9d), ((double)rows[0]["total_count"]!, (double)rows[0]["good_count"]!, (double)rows[0]["run_time_min"]!));
    }

    [Theory, BothDatabases]
    public async Task A_firm_cannot_feed_its_table_from_another_firms_device(DatabaseProvider provider)
    {
        await using var press = await DeviceKpiHarness.StartAsync(databases, provider, "oee-calculator");
        var other = press.Broker.Workflows.Other;
        var installed = await press.Broker.Workflows.As<Core.Features.Workspace.TemplateInstaller>(press.Broker.Workflows.Member(organisation: other))
            .InstallAsync(ShippedSamples.Template("oee-calculator"), cancellationToken: TestContext.Current.CancellationToken);

        var linked = await press.Links(other).LinkAsync(new NewDeviceKpiLink
        {
            InstallationId = installed.Value.Id, TableId = "shift_production", DeviceId = press.Press.Device.Id, Mapping = Counts,
        }, TestContext.Current.CancellationToken);

        Assert.Equal("DeviceKpis.Error.NoDevice", Assert.Single(linked.Errors).Code);
    }

    [Theory, BothDatabases]
    public async Task A_firm_cannot_link_another_firms_installed_table(DatabaseProvider provider)
    {
        await using var press = await DeviceKpiHarness.StartAsync(databases, provider, "oee-calculator");

        var linked = await press.Links(press.Broker.Workflows.Other).LinkAsync(new NewDeviceKpiLink
        {
            InstallationId = press.Installed.Id, TableId = "shift_production", DeviceId = press.Press.Device.Id, Mapping = Counts,
        }, TestContext.Current.CancellationToken);

        Assert.Equal("DeviceKpis.Error.NoTable", Assert.Single(linked.Errors).Code);
        Assert.Empty(await press.Links().ListAsync(press.Installed.Id, TestContext.Current.CancellationToken));
    }

    [Theory, BothDatabases]
    public async Task Live_values_carry_the_state_and_the_count_of_this_shift(DatabaseProvider provider)
    {
        await using var press = await DeviceKpiHarness.StartAsync(databases, provider, "oee-calculator");
        await press.LinkAsync("shift_production", Counts);

        await PublishShiftAsync(press);
        await press.DeviceRowsAsync("shift_production", "PRESS-01", r => r.Count == 1 && Equals(r[0]["planned_time_min"], 10d));

        var live = Assert.Single(await press.Links().ForInstallationAsync(press.Installed.Id, TestContext.Current.CancellationToken));
        Assert.Equal(("RUNNING", 16d, "2030-01-07/early"), (live.State, live.CountThisShift, live.ShiftKey));
    }

    private static async Task PublishShiftAsync(DeviceKpiHarness press)
    {
        await press.PublishAsync("2030-01-07T08:00:00Z", """ "state":"RUNNING","cycles":0,"good":0 """);
        await press.PublishAsync("2030-01-07T08:04:00Z", """ "state":"RUNNING","cycles":8,"good":8 """);
        await press.PublishAsync("2030-01-07T08:08:00Z", """ "state":"STOPPED","cycles":16,"good":15 """);
        await press.PublishAsync("2030-01-07T08:10:00Z", """ "state":"RUNNING","cycles":16,"good":15 """);
    }
}
