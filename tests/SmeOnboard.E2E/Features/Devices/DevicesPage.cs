using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Devices;

/// <summary>/devices: the firm's devices and the form that registers one and shows its secret once. Interactive.</summary>
public sealed class DevicesPage(IPage page)
{
    public const string Path = "/devices";

    public ILocator Issued => page.GetByTestId("device-issued");

    public ILocator Secret => page.GetByTestId("device-secret");

    public ILocator OpenDevice => Issued.GetByRole(AriaRole.Link);

    public async Task GotoAsync()
    {
        await page.GotoAsync(Path);
        await page.WaitUntilInteractiveAsync();
    }

    /// <summary>Registers a device with the form's starter signals (cycles, state, temperature).</summary>
    public async Task AddAsync(string name, string machineType, string location)
    {
        await page.GetByTestId("device-name").FillAsync(name);
        await page.GetByTestId("device-machine-type").FillAsync(machineType);
        await page.GetByTestId("device-location").FillAsync(location);
        await page.GetByTestId("add-device").ClickAsync();
    }
}
