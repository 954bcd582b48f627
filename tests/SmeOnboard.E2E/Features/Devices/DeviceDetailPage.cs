using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Devices;

/// <summary>/devices/{id}: a device's status, last message, rejections and connection instructions; it refreshes every five seconds.</summary>
public sealed class DeviceDetailPage(IPage page)
{
    public ILocator Instructions => page.GetByTestId("device-instructions");

    public ILocator Topic => page.GetByTestId("device-topic");

    public ILocator LastMessage => page.GetByTestId("device-last-message");

    public ILocator Accepted => page.GetByTestId("device-accepted");

    /// <summary>The device id as the page's address names it.</summary>
    public string DeviceId => new Uri(page.Url).Segments[^1];

    public Task WaitUntilInteractiveAsync() => page.WaitUntilInteractiveAsync();
}
