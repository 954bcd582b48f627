using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Email;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>
/// The portal's workflow services (AddWorkflows and the workers) on one test database, with two firms that both
/// installed the test app <see cref="AppId"/> from the catalogue (<see cref="TestApps"/>), a clock of the test's own (see
/// <see cref="WorkflowStoreHarness.NextClock"/>), a <see cref="Receiver"/> behind the outbox's HTTP client and a mail
/// sender that only records. App action calls pass the same gate as in the portal.
/// </summary>
internal sealed class RuntimeHarness : IAsyncDisposable
{
    public const string AppId = TestApps.Shipping;

    /// <summary>The signing secret of the test app's vendor.</summary>
    public const string AppSecret = TestApps.ShippingSecret;

    private readonly ServiceProvider _services;

    private RuntimeHarness(PortalHarness portal, ServiceProvider services, FakeTimeProvider clock, Organisation firm, Organisation other, Receiver receiver, RecordingMailSender mail)
    {
        Portal = portal;
        _services = services;
        Clock = clock;
        Firm = firm;
        Other = other;
        Receiver = receiver;
        Mail = mail;
    }

    public PortalHarness Portal { get; }
    public FakeTimeProvider Clock { get; }
    public Organisation Firm { get; }
    public Organisation Other { get; }
    public Receiver Receiver { get; }
    public RecordingMailSender Mail { get; }
    public IWorkflowStore Store => _services.GetRequiredService<IWorkflowStore>();
    public WorkflowOptions Options => _services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WorkflowOptions>>().Value;

    public static async Task<RuntimeHarness> StartAsync(
        TestDatabases databases, DatabaseProvider provider, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var other = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var clock = WorkflowStoreHarness.NextClock();
        var receiver = new Receiver();
        var mail = new RecordingMailSender();
        await TestApps.EnsurePublishedAsync(portal);
        foreach (var organisation in new[] { firm, other })
        {
            var installed = await portal.As<AppInstallStore>(Actors.MemberOf(organisation, Roles.FirmAdmin))
                .InstallForCurrentAsync(AppId, TestApps.Scopes, TestContext.Current.CancellationToken);
            Assert.True(installed.Succeeded, string.Join("; ", installed.Errors.Select(e => e.Message)));
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = portal.Database.CreateServices(services =>
        {
            services.AddSingleton<IConfiguration>(configuration);
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<IMailSender>(mail);
            services.AddSingleton(PortalHarness.Protection);
            services.AddScoped<CurrentPrincipal>();
            services.AddScoped<ICurrentActor, CurrentActor>();
            services.AddAuditLog();
            services.AddWorkflows();
            services.AddWorkflowWorkers();
            services.AddHttpClient(HttpRequestEffect.ClientName).ConfigurePrimaryHttpMessageHandler(receiver.CreateHandler);
            configure?.Invoke(services);
        });
        return new RuntimeHarness(portal, services, clock, firm, other, receiver, mail);
    }

    /// <summary>A member of the test's firm (or <paramref name="organisation"/>) in <paramref name="role"/>.</summary>
    public ClaimsPrincipal Member(string role = Roles.FirmAdmin, Organisation? organisation = null, Guid? userId = null, string name = "Test Member") =>
        Actors.MemberOf(organisation ?? Firm, role, userId, name);

    /// <summary>A service in a new request scope acting as <paramref name="user"/> (a firm admin of the test's firm by default).</summary>
    public T As<T>(ClaimsPrincipal? user = null) where T : notnull
    {
        var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().Set(user ?? Member());
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    /// <summary>A second worker of the same kind, as another node would run it.</summary>
    public T NewWorker<T>() where T : notnull => ActivatorUtilities.CreateInstance<T>(_services);

    /// <summary>Saves and publishes <paramref name="definition"/> for the firm (or <paramref name="organisation"/>).</summary>
    public async Task PublishAsync(WorkflowDefinition definition, Organisation? organisation = null)
    {
        var user = Member(Roles.FirmAdmin, organisation);
        var saved = await As<WorkflowDefinitions>(user).SaveDraftAsync(definition.DefinitionId, WorkflowJson.Serialize(definition));
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => $"{e.Field}: {e.Message}")));
        Assert.NotNull(await As<WorkflowDefinitions>(user).PublishAsync(definition.DefinitionId));
    }

    /// <summary>Publishes and starts <paramref name="definition"/> as a firm admin; returns the new instance's id.</summary>
    public async Task<string> PublishAndStartAsync(WorkflowDefinition definition, Organisation? organisation = null, JsonNode? input = null)
    {
        await PublishAsync(definition, organisation);
        var started = await As<WorkflowRuntime>(Member(Roles.FirmAdmin, organisation)).StartAsync(definition.DefinitionId, input);
        Assert.NotNull(started);
        Assert.True(started.Succeeded, string.Join("; ", started.Errors.Select(e => e.Message)));
        return started.Value.Id;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Portal.DisposeAsync();
    }
}
