using SmeOnboard.Core.Features.DeviceKpis;

namespace SmeOnboard.Web.Tests.Features.DeviceKpis;

/// <summary>One firm's live values: the ones it starts with, and a real <see cref="DeviceLiveFeed"/> the test publishes to.</summary>
public sealed class FakeLiveValues(Guid orgId, DeviceLiveFeed feed, params DeviceLiveValue[] initial) : IDeviceLiveValues
{
    public Task<IReadOnlyList<DeviceLiveValue>> ForInstallationAsync(Guid installationId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DeviceLiveValue>>(initial);

    public IDisposable Listen(string deviceId, Action<DeviceLiveValue> handler) => feed.Listen(orgId, deviceId, handler);
}
