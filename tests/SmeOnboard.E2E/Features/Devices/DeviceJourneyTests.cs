using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Infrastructure;
using SmeOnboard.Web.Features.Demo;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Devices;

public sealed class DeviceJourneyTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_firm_admin_registers_a_device_sees_how_to_connect_it_and_then_its_readings_sent_over_http_and_over_mqtt_on_websockets()
    {
        var signIn = new SignInPage(Page);
        await signIn.GotoAsync();
        await signIn.SignInAsync(DemoAccounts.FirmAdminEmail, TestPasswords.Demo);
        var devices = new DevicesPage(Page);
        await devices.GotoAsync();

        await devices.AddAsync($"Bender {Guid.NewGuid():N}"[..14], "Press brake", "Hall B");
        await Expect(devices.Issued).ToBeVisibleAsync();
        var secret = (await devices.Secret.TextContentAsync())!.Trim();
        await devices.OpenDevice.ClickAsync();
        var device = new DeviceDetailPage(Page);
        await device.WaitUntilInteractiveAsync();
        await Expect(device.Instructions).ToBeVisibleAsync();
        await Expect(device.Topic).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^firms/[0-9a-f-]+/devices/{device.DeviceId}/readings$"));
        await Expect(device.LastMessage).ToHaveTextAsync("—");

        using var http = new HttpClient { BaseAddress = new Uri(Portal.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/devices/{device.DeviceId}/readings")
        {
            Content = new StringContent("""{"timestamp":"2026-11-25T08:00:00Z","values":{"cycles":42,"state":"RUNNING","temperature":71.5}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        await Expect(device.LastMessage).ToContainTextAsync("71.5", new() { Timeout = 15_000 });
        await Expect(device.Accepted).ToHaveTextAsync("1");

        // A gateway behind a firewall that only lets web traffic out speaks MQTT over WebSockets to the portal itself.
        var topic = (await device.Topic.TextContentAsync())!.Trim();
        await PublishOverWebSocketAsync(device.DeviceId, secret, topic,
            """{"timestamp":"2026-11-25T08:01:00Z","values":{"cycles":43,"state":"RUNNING","temperature":73.25}}""");
        await Expect(device.LastMessage).ToContainTextAsync("73.25", new() { Timeout = 15_000 });
        await Expect(device.Accepted).ToHaveTextAsync("2");
    }

    private async Task PublishOverWebSocketAsync(string deviceId, string secret, string topic, string payload)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = new MqttClientFactory().CreateMqttClient();
        var endpoint = new UriBuilder(Portal.BaseUrl) { Scheme = "ws", Path = "/mqtt" }.Uri.ToString();
        var connected = await client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithWebSocketServer(o => o.WithUri(endpoint))
            .WithClientId(deviceId)
            .WithCredentials(deviceId, secret)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .Build(), ct);
        Assert.Equal(MqttClientConnectResultCode.Success, connected.ResultCode);
        var published = await client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(Encoding.UTF8.GetBytes(payload))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build(), ct);
        Assert.True(published.IsSuccess, published.ReasonString);
        await client.DisconnectAsync(cancellationToken: ct);
    }
}
