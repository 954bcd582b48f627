using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Devices;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Devices;

/// <summary>Bad payloads over MQTT are refused with a reason, counted on the device, and leave the broker serving.</summary>
public sealed class DevicePayloadRejectionTests(TestDatabases databases)
{
    [Theory, BothDatabases]
    public async Task Malformed_oversized_unknown_signal_and_wrong_type_messages_are_refused_and_counted_with_their_reasons(DatabaseProvider provider)
    {
        await using var broker = await DeviceHarness.StartAsync(databases, provider);
        var device = await broker.RegisterAsync();
        var client = await broker.ConnectAsync(device);
        var topic = DeviceTopics.Readings(device.Device.OrgId, device.Device.Id);

        var results = new[]
        {
            await DeviceHarness.PublishAsync(client, topic, "{not json"),
            await DeviceHarness.PublishAsync(client, topic, $$"""{"values":{"cycles":1},"pad":"{{new string('x', DeviceHarness.MaxPayloadBytes)}}"}"""),
            await DeviceHarness.PublishAsync(client, topic, """{"values":{"pressure":3}}"""),
            await DeviceHarness.PublishAsync(client, topic, """{"values":{"temperature":"hot"}}"""),
        };
        var good = await DeviceHarness.PublishAsync(client, topic, """{"values":{"cycles":5}}""");

        Assert.All(results, r => Assert.Equal(MQTTnet.MqttClientPublishReasonCode.PayloadFormatInvalid, r.ReasonCode));
        // Nobody subscribes here, which MQTT 5 reports as a success without subscribers.
        Assert.Equal(MQTTnet.MqttClientPublishReasonCode.NoMatchingSubscribers, good.ReasonCode);
        var row = await DeviceHarness.EventuallyAsync(() => broker.FindAsync(device), d => d!.RejectedCount == 4 && d.AcceptedCount == 1);
        Assert.Equal(
            [RejectionCode.WrongType, RejectionCode.UnknownSignal, RejectionCode.TooLarge, RejectionCode.Malformed],
            DeviceJson.Rejections(row!.LastRejections).Select(r => r.Code));
        Assert.Equal("pressure", DeviceJson.Rejections(row.LastRejections)[1].Detail);
    }
}
