using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Features.Devices;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Devices;

/// <summary>The device page as its firm's admin sees it, and as another firm's admin does not.</summary>
public sealed class DevicePageTests(PortalFactory portal)
{
    private const string Page = $"/devices/{DemoDeviceSeeder.DeviceId}";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_firm_admin_sees_the_devices_topic_connection_instructions_and_a_rejected_message_with_its_reason()
    {
        var admin = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/devices/{DemoDeviceSeeder.DeviceId}/readings")
        {
            Content = new StringContent("""{"values":{"temperature":"hot"}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DemoDeviceSeeder.Secret);
        Assert.Equal(HttpStatusCode.BadRequest, (await portal.CreateBrowser().SendAsync(request, Cancel)).StatusCode);

        var html = "";
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!html.Contains("A value has the wrong type", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < until, "The rejection did not show on the device page within ten seconds.");
            await Task.Delay(100, Cancel);
            html = await admin.GetStringAsync(Page, Cancel);
        }

        Assert.Contains($"/devices/{DemoDeviceSeeder.DeviceId}/readings", html, StringComparison.Ordinal);
        Assert.Contains("firms/", html, StringComparison.Ordinal);
        Assert.Contains($"--port {portal.MqttPort}", html, StringComparison.Ordinal);
        Assert.Contains("temperature: expected a number.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoDeviceSeeder.Secret, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_firms_admin_finds_no_such_device()
    {
        var other = await portal.RegisterFirmAsync("Devices");
        var admin = await portal.SignInAsync(other.AdminEmail, other.Password);

        var html = await admin.GetStringAsync(Page, Cancel);

        Assert.Contains("data-testid=\"device-not-found\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Stamping press 1", html, StringComparison.Ordinal);
    }
}
