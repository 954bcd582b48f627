using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Devices;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Devices;

/// <summary>Accepted messages are stored as readings and summed into per-minute and per-hour buckets.</summary>
public sealed class DeviceReadingStorageTests(TestDatabases databases)
{
    [Theory, BothDatabases]
    public async Task Published_readings_are_stored_and_aggregated_per_minute_and_per_hour(DatabaseProvider provider)
    {
        await using var broker = await DeviceHarness.StartAsync(databases, provider);
        var device = await broker.RegisterAsync();
        var client = await broker.ConnectAsync(device);
        var topic = DeviceTopics.Readings(device.Device.OrgId, device.Device.Id);

        await DeviceHarness.PublishAsync(client, topic, """{"timestamp":"2026-11-25T08:00:10Z","values":{"temperature":70,"state":"RUNNING"}}""");
        await DeviceHarness.PublishAsync(client, topic, """{"timestamp":"2026-11-25T08:00:50Z","values":{"temperature":80,"state":"STOPPED"}}""");
        await DeviceHarness.PublishAsync(client, topic, """{"timestamp":"2026-11-25T08:01:05Z","values":{"temperature":90}}""");

        var store = broker.Workflows.As<DeviceReadingStore>();
        var since = DateTimeOffset.Parse("2026-11-25T07:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var readings = await DeviceHarness.EventuallyAsync(() => store.ReadingsAsync(device.Device.OrgId, device.Device.Id, since, TestContext.Current.CancellationToken), r => r.Count == 5);
        Assert.Equal([70.0, 80.0, 90.0], readings.Where(r => r.Signal == "temperature").Select(r => r.NumberValue!.Value));
        var minutes = await store.AggregatesAsync(device.Device.OrgId, device.Device.Id, AggregateResolution.Minute, since, TestContext.Current.CancellationToken);
        var first = minutes.Single(m => m.Signal == "temperature" && m.BucketStart.Minute == 0);
        Assert.Equal((2L, 75.0, 70.0, 80.0), (first.SampleCount, first.Average!.Value, first.ValueMin!.Value, first.ValueMax!.Value));
        Assert.Equal("STOPPED", minutes.Single(m => m.Signal == "state").LastText);
        var hour = (await store.AggregatesAsync(device.Device.OrgId, device.Device.Id, AggregateResolution.Hour, since, TestContext.Current.CancellationToken)).Single(m => m.Signal == "temperature");
        Assert.Equal((3L, 70.0, 90.0), (hour.SampleCount, hour.ValueMin!.Value, hour.ValueMax!.Value));
    }

    [Theory, BothDatabases]
    public async Task Readings_older_than_the_retention_are_removed(DatabaseProvider provider)
    {
        await using var broker = await DeviceHarness.StartAsync(databases, provider);
        var device = await broker.RegisterAsync();
        var client = await broker.ConnectAsync(device);
        var old = broker.Workflows.Clock.GetUtcNow().AddDays(-91);
        await DeviceHarness.PublishAsync(client, DeviceTopics.Readings(device.Device.OrgId, device.Device.Id), $$$"""{"timestamp":"{{{old:O}}}","values":{"temperature":70}}""");
        var store = broker.Workflows.As<DeviceReadingStore>();
        await DeviceHarness.EventuallyAsync(() => store.ReadingsAsync(device.Device.OrgId, device.Device.Id, old.AddDays(-1), TestContext.Current.CancellationToken), r => r.Count == 1);

        await broker.Workflows.As<DeviceRetentionWorker>().CleanUpAsync(TestContext.Current.CancellationToken);

        Assert.Empty(await store.ReadingsAsync(device.Device.OrgId, device.Device.Id, old.AddDays(-1), TestContext.Current.CancellationToken));
        Assert.Empty(await store.AggregatesAsync(device.Device.OrgId, device.Device.Id, AggregateResolution.Minute, old.AddDays(-1), TestContext.Current.CancellationToken));
    }
}
