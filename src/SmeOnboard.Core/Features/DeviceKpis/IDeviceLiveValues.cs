namespace SmeOnboard.Core.Features.DeviceKpis;

/// <summary>The acting firm's live device values for a dashboard: those of the devices linked to an installation, and what comes next.</summary>
public interface IDeviceLiveValues
{
    Task<IReadOnlyList<DeviceLiveValue>> ForInstallationAsync(Guid installationId, CancellationToken cancellationToken = default);

    /// <summary>Calls <paramref name="handler"/> with each new value of the firm's device until the result is disposed.</summary>
    IDisposable Listen(string deviceId, Action<DeviceLiveValue> handler);
}
