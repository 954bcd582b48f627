using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.DeviceKpis;
using SmeOnboard.Core.Features.Devices;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Features.Devices;
using SmeOnboard.Web.Features.Templates;

namespace SmeOnboard.Web.Features.DeviceKpis;

/// <summary>
/// Gives the demo firm the OEE calculator and machine downtime templates, fed by its press, so the simulator moves the
/// OEE dashboard on the embedded default. Done once, by the firm administrator, through the same services they use.
/// </summary>
public sealed partial class DemoDeviceKpiSeeder(IServiceScopeFactory scopes, IOptions<DemoOptions> demo, TemplateGallery gallery, ILogger<DemoDeviceKpiSeeder> logger)
    : IHostedService
{
    public static readonly IReadOnlyList<(string Slug, string TableId, DeviceKpiMapping Mapping)> Links =
    [
        ("oee-calculator", "shift_production", new DeviceKpiMapping
        {
            // The simulated press makes one or two parts a second; 0.5 s is its best.
            Machine = "PRESS-01", TotalSignal = "cycles", StateSignal = "state", IdealCycleTimeSeconds = 0.5,
        }),
        ("machine-downtime", "downtime_events", new DeviceKpiMapping
        {
            Machine = "PRESS-01", StateSignal = "state", ReasonSignal = "stopReason", DefaultReason = "OPR",
            Reasons = new Dictionary<string, string> { ["MaterialShortage"] = "MAT", ["ToolChange"] = "TOOL", ["Jam"] = "BRK", ["QualityCheck"] = "QLT" },
        }),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!demo.Value.Seed)
            return;
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var admin = await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(DemoAccounts.FirmAdminEmail);
        var membership = admin is null ? null : await services.GetRequiredService<MembershipStore>().FindForUserAsync(admin.Id, cancellationToken);
        var firm = membership is null ? null : await services.GetRequiredService<OrganisationStore>().FindAsync(membership.OrgId, cancellationToken);
        if (admin is null || firm is null || await services.GetRequiredService<DeviceStore>().FindAsync(firm.Id, DemoDeviceSeeder.DeviceId, cancellationToken) is null)
            return;
        services.GetRequiredService<CurrentPrincipal>().Set(new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, admin.Id.ToString()), new Claim(PortalClaimTypes.DisplayName, admin.DisplayName),
            new Claim(ClaimTypes.Role, Roles.FirmAdmin), new Claim(PortalClaimTypes.OrganisationId, firm.Id.ToString()),
            new Claim(PortalClaimTypes.OrganisationKind, firm.Kind.ToString()), new Claim(PortalClaimTypes.OrganisationName, firm.Name),
        ], "Demo")));
        foreach (var (slug, tableId, mapping) in Links)
            await LinkAsync(services, slug, tableId, mapping, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task LinkAsync(IServiceProvider services, string slug, string tableId, DeviceKpiMapping mapping, CancellationToken cancellationToken)
    {
        var workspace = services.GetRequiredService<WorkspaceStore>();
        var installed = (await workspace.ListInstalledAsync(cancellationToken)).FirstOrDefault(i => i.Slug == slug);
        if (installed is null)
        {
            if (gallery.Catalog.Find(slug) is not { } template)
                return;
            var result = await services.GetRequiredService<TemplateInstaller>().InstallAsync(template, cancellationToken: cancellationToken);
            if (!result.Succeeded)
                return;
            installed = result.Value;
        }
        var links = services.GetRequiredService<DeviceKpiLinks>();
        if ((await links.ListAsync(installed.Id, cancellationToken)).Count > 0)
            return;
        var linked = await links.LinkAsync(new NewDeviceKpiLink { InstallationId = installed.Id, TableId = tableId, DeviceId = DemoDeviceSeeder.DeviceId, Mapping = mapping }, cancellationToken);
        if (linked.Succeeded)
            LogLinked(logger, slug, tableId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo firm's {Slug} table {TableId} is now fed by its press")]
    private static partial void LogLinked(ILogger logger, string slug, string tableId);
}
