using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Devices;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Identity;
using SmeOnboard.Web.Features.Demo;

namespace SmeOnboard.Web.Features.Devices;

/// <summary>
/// Gives the demo firm one press with a known secret (README, demo section), so the simulator works on the embedded
/// default: <c>smeonboard devices simulate --device lianda-press-01 --secret dsk_demo-lianda-press-01</c>.
/// </summary>
public sealed partial class DemoDeviceSeeder(IServiceScopeFactory scopes, IOptions<DemoOptions> demo, TimeProvider clock, ILogger<DemoDeviceSeeder> logger)
    : IHostedService
{
    public const string DeviceId = "lianda-press-01";
    public const string Secret = "dsk_demo-lianda-press-01";

    public static readonly IReadOnlyList<SignalDefinition> Signals =
    [
        new() { Name = "cycles", Unit = "pcs", Type = SignalType.Counter },
        new() { Name = "state", Unit = "", Type = SignalType.State },
        new() { Name = "stopReason", Unit = "", Type = SignalType.State },
        new() { Name = "temperature", Unit = "°C", Type = SignalType.Measurement },
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!demo.Value.Seed)
            return;
        await using var scope = scopes.CreateAsyncScope();
        var devices = scope.ServiceProvider.GetRequiredService<DeviceStore>();
        if (await devices.ExistsAsync(DeviceId, cancellationToken))
            return;
        var admin = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(DemoAccounts.FirmAdminEmail);
        if (admin is null || await scope.ServiceProvider.GetRequiredService<MembershipStore>().FindForUserAsync(admin.Id, cancellationToken) is not { } membership)
            return;
        var now = clock.GetUtcNow();
        await devices.InsertAsync(new DeviceRow
        {
            Id = DeviceId,
            OrgId = membership.OrgId,
            Name = "Stamping press 1",
            MachineType = "Stamping press",
            Location = "Hall A",
            Signals = DeviceJson.Write(Signals),
            SecretHash = DeviceSecrets.Hash(Secret),
            CreatedAt = now,
            SecretIssuedAt = now,
        }, cancellationToken);
        LogSeeded(logger, DeviceId);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo device {DeviceId}")]
    private static partial void LogSeeded(ILogger logger, string deviceId);
}
