using SmeOnboard.Core.Features.DeviceKpis;

namespace SmeOnboard.Core.Tests.Features.DeviceKpis;

/// <summary>What dashboards hear of a device: one value merged from its links, only by the device's own firm.</summary>
public sealed class DeviceLiveValueTests
{
    private static readonly Guid Firm = Guid.NewGuid();
    private static readonly DateTimeOffset At = new(2030, 1, 7, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_device_feeding_counts_and_downtime_keeps_its_count_and_shows_its_newest_state()
    {
        var value = DeviceKpiProjector.LiveValue(
        [
            (Link(DeviceKpiKind.Counts), new DeviceKpiState { LastAt = At, LastState = "RUNNING", ShiftTotal = 42, ShiftKey = "2030-01-07/early" }),
            (Link(DeviceKpiKind.Downtime), new DeviceKpiState { LastAt = At.AddSeconds(1), LastState = "STOPPED", ShiftKey = "2030-01-07/early" }),
        ]);

        Assert.Equal(("STOPPED", 42d, At.AddSeconds(1)), (value.State, value.CountThisShift, value.LastReadingAt));
    }

    [Fact]
    public void A_listener_hears_only_its_own_firms_device_of_that_id()
    {
        var feed = new DeviceLiveFeed();
        var heard = new List<DeviceLiveValue>();
        using var listening = feed.Listen(Firm, "press-1", heard.Add);

        feed.Publish(new DeviceLiveValue { OrgId = Guid.NewGuid(), DeviceId = "press-1", State = "STOPPED" });
        feed.Publish(new DeviceLiveValue { OrgId = Firm, DeviceId = "press-1", State = "RUNNING" });

        Assert.Equal(["RUNNING"], heard.Select(v => v.State));
    }

    [Fact]
    public void A_listener_that_stopped_listening_hears_nothing_more()
    {
        var feed = new DeviceLiveFeed();
        var heard = new List<DeviceLiveValue>();
        feed.Listen(Firm, "press-1", heard.Add).Dispose();

        feed.Publish(new DeviceLiveValue { OrgId = Firm, DeviceId = "press-1", State = "RUNNING" });

        Assert.Empty(heard);
    }

    private static DeviceKpiLink Link(DeviceKpiKind kind) => new()
    {
        Id = Guid.NewGuid(), OrgId = Firm, InstallationId = Guid.NewGuid(), TableId = "t", DeviceId = "press-1", Kind = kind,
        Mapping = new DeviceKpiMapping(), State = new DeviceKpiState(), CreatedAt = At,
    };
}
