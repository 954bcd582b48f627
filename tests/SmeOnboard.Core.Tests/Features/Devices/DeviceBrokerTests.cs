using MQTTnet;
using MQTTnet.Formatter;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Devices;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Devices;

/// <summary>A real MQTTnet client against the embedded broker: sign-in, and each device kept to its own firm's topics.</summary>
public sealed class DeviceBrokerTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_device_of_one_firm_cannot_publish_to_another_firms_device_topic(DatabaseProvider provider)
    {
        await using var broker = await DeviceHarness.StartAsync(databases, provider);
        var mine = await broker.RegisterAsync();
        var theirs = await broker.RegisterAsync(broker.Workflows.Other);
        var client = await broker.ConnectAsync(mine);

        var result = await DeviceHarness.PublishAsync(client, DeviceTopics.Readings(theirs.Device.OrgId, theirs.Device.Id), """{"values":{"cycles":1}}""");

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, result.ReasonCode);
        var counted = await DeviceHarness.EventuallyAsync(() => broker.FindAsync(mine), d => d!.RejectedCount == 1);
        Assert.Equal(RejectionCode.TopicNotAllowed, DeviceJson.Rejections(counted!.LastRejections)[0].Code);
        Assert.Equal(0, (await broker.FindAsync(theirs))!.AcceptedCount);
    }

    [Theory, BothDatabases]
    public async Task A_device_of_one_firm_cannot_subscribe_to_another_firms_topics_nor_to_every_firm(DatabaseProvider provider)
    {
        await using var broker = await DeviceHarness.StartAsync(databases, provider);
        var mine = await broker.RegisterAsync();
        var theirs = await broker.RegisterAsync(broker.Workflows.Other);
        var client = await broker.ConnectAsync(mine);

        var result = await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(DeviceTopics.Prefix(theirs.Device.OrgId, theirs.Device.Id) + "/#")
            .WithTopicFilter(DeviceTopics.AllDevicesFilter)
            .Build(), Ct);

        Assert.All(result.Items, item => Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, item.ResultCode));
        await DeviceHarness.EventuallyAsync(() => broker.FindAsync(mine), d => d!.RejectedCount == 2);
    }

    [Theory, BothDatabases]
    public async Task A_device_may_subscribe_to_its_own_topics_and_hears_its_own_messages(DatabaseProvider provider)
    {
        await using var broker = await DeviceHarness.StartAsync(databases, provider);
        var mine = await broker.RegisterAsync();
        var client = await broker.ConnectAsync(mine, MqttProtocolVersion.V311);
        var heard = new TaskCompletionSource<string>();
        client.ApplicationMessageReceivedAsync += e =>
        {
            heard.TrySetResult(e.ApplicationMessage.Topic);
            return Task.CompletedTask;
        };

        var result = await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter(DeviceTopics.Prefix(mine.Device.OrgId, mine.Device.Id) + "/#").Build(), Ct);
        await DeviceHarness.PublishAsync(client, DeviceTopics.Readings(mine.Device.OrgId, mine.Device.Id), """{"values":{"cycles":1}}""");

        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS0, result.Items.Single().ResultCode);
        Assert.Equal(DeviceTopics.Readings(mine.Device.OrgId, mine.Device.Id), await heard.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct));
    }

    [Theory, BothDatabases]
    public async Task A_wrong_secret_cannot_connect(DatabaseProvider provider)
    {
        await using var broker = await DeviceHarness.StartAsync(databases, provider);
        var mine = await broker.RegisterAsync();

        var (_, result) = await broker.TryConnectAsync(mine, secret: DeviceSecrets.New());

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, result.ResultCode);
    }

    [Theory, BothDatabases]
    public async Task A_rotated_secret_replaces_the_old_one(DatabaseProvider provider)
    {
        await using var broker = await DeviceHarness.StartAsync(databases, provider);
        var mine = await broker.RegisterAsync();

        var rotated = await broker.Workflows.As<DeviceRegistry>().RotateSecretAsync(mine.Device.Id, Ct);

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, (await broker.TryConnectAsync(mine)).Result.ResultCode);
        Assert.True((await broker.ConnectAsync(mine, secret: rotated)).IsConnected);
    }
}
