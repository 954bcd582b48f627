using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Email;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Core.Tests.Features.Templates;
using SmeOnboard.Core.Tests.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Workspace;

/// <summary>
/// The workspace and workflow services on one test database with two firms of the test's own, acting through request
/// scopes as a member of either; the shipped templates are loaded once per run.
/// </summary>
internal sealed class WorkspaceHarness : IAsyncDisposable
{
    public static readonly TemplateCatalog Shipped = TemplateLoader.LoadFolder(TemplateFolders.Shipped);

    private readonly ServiceProvider _services;

    private WorkspaceHarness(PortalHarness portal, ServiceProvider services, Organisation firm, Organisation other)
    {
        Portal = portal;
        _services = services;
        Firm = firm;
        Other = other;
    }

    public PortalHarness Portal { get; }
    public Organisation Firm { get; }
    public Organisation Other { get; }

    public static async Task<WorkspaceHarness> StartAsync(TestDatabases databases, DatabaseProvider provider)
    {
        var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var other = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var services = portal.Database.CreateServices(services =>
        {
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
            services.AddSingleton<TimeProvider>(portal.Clock);
            services.AddSingleton<IMailSender>(new RecordingMailSender());
            services.AddSingleton(PortalHarness.Protection);
            services.AddScoped<CurrentPrincipal>();
            services.AddScoped<ICurrentActor, CurrentActor>();
            services.AddAuditLog();
            services.AddWorkflows();
            services.AddWorkspace();
        });
        return new WorkspaceHarness(portal, services, firm, other);
    }

    public static Template Template(string slug) => Shipped.Find(slug) ?? throw new InvalidOperationException($"No shipped template '{slug}'.");

    /// <summary>A member of the test's firm (or <paramref name="organisation"/>) in <paramref name="role"/>.</summary>
    public ClaimsPrincipal Member(string role = Roles.FirmAdmin, Organisation? organisation = null) => Actors.MemberOf(organisation ?? Firm, role);

    /// <summary>A service in a new request scope acting as <paramref name="user"/> (a firm admin of the test's firm by default).</summary>
    public T As<T>(ClaimsPrincipal? user = null) where T : notnull
    {
        var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().Set(user ?? Member());
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    public T Service<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A background worker (the outbox dispatcher) made on the harness's services, as the host would.</summary>
    public T NewWorker<T>() where T : notnull => ActivatorUtilities.CreateInstance<T>(_services);

    /// <summary>Installs <paramref name="template"/> for the firm (or <paramref name="organisation"/>) and insists it succeeded.</summary>
    public async Task<InstalledTemplate> InstallAsync(Template template, Organisation? organisation = null, bool addCopy = false)
    {
        var installed = await As<TemplateInstaller>(Member(Roles.FirmAdmin, organisation)).InstallAsync(template, addCopy);
        Assert.True(installed.Succeeded, string.Join("; ", installed.Errors.Select(e => e.Message)));
        return installed.Value;
    }

    public Task<long> CountAsync(string sql, object? parameters = null) => Portal.CountAsync(sql, parameters);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Portal.DisposeAsync();
    }
}
