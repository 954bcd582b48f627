using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Devices;
using SmeOnboard.Web.Features.Devices;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Devices;

/// <summary>HTTP ingest for devices without MQTT, on the demo firm's press: its token, the payload checks and the limit.</summary>
public sealed class DeviceIngestApiTests(PortalFactory portal)
{
    private const string Url = $"/api/v1/devices/{DemoDeviceSeeder.DeviceId}/readings";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reading_with_the_devices_token_is_accepted_and_stored()
    {
        var before = (await FindAsync()).AcceptedCount;

        var response = await PostAsync("""{"values":{"cycles":42,"state":"RUNNING","temperature":70.5}}""", DemoDeviceSeeder.Secret);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await EventuallyAsync(async () => (await FindAsync()).AcceptedCount > before);
    }

    [Fact]
    public async Task A_wrong_or_missing_token_is_refused_and_nothing_is_counted()
    {
        var before = await FindAsync();

        var wrong = await PostAsync("""{"values":{"cycles":1}}""", DeviceSecrets.New());
        var missing = await PostAsync("""{"values":{"cycles":1}}""", token: null);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (wrong.StatusCode, missing.StatusCode));
        Assert.Equal(before.RejectedCount, (await FindAsync()).RejectedCount);
    }

    [Fact]
    public async Task An_unknown_signal_is_refused_with_its_reason_and_counted_on_the_device()
    {
        var before = (await FindAsync()).RejectedCount;

        var response = await PostAsync("""{"values":{"pressure":3}}""", DemoDeviceSeeder.Secret);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UnknownSignal", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await EventuallyAsync(async () => (await FindAsync()).RejectedCount > before);
    }

    [Fact]
    public async Task A_reading_over_the_size_limit_is_refused_as_too_large()
    {
        var response = await PostAsync($$"""{"values":{"cycles":1},"pad":"{{new string('x', 70_000)}}"}""", DemoDeviceSeeder.Secret);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await portal.CreateBrowser().SendAsync(request, Cancel);
    }

    private async Task<DeviceRow> FindAsync() =>
        (await portal.Services.GetRequiredService<DeviceStore>().FindForSignInAsync(DemoDeviceSeeder.DeviceId, Cancel))!;

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "Not stored within ten seconds.");
            await Task.Delay(50, Cancel);
        }
    }
}
