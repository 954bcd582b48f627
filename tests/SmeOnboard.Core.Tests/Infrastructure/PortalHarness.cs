using System.Collections.Concurrent;
using System.Security.Claims;
using Dapper;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Marketplace.Submissions;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Features.Onboarding;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vendors;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Tests.Infrastructure;

/// <summary>
/// The portal's Core services (Identity on the Dapper stores, organisations and members, the audit log, the current
/// actor) on one test database, with a clock the test controls. Each <see cref="As{T}"/> call is a separate request
/// scope acting as the given person, as the web host's middleware would set it up.
/// </summary>
internal sealed class PortalHarness : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<TestDatabase, Lazy<Task>> RolesReady = new();

    /// <summary>Keys in memory, one set for the run, since harnesses share databases; the host keeps them in the database.</summary>
    internal static readonly Microsoft.AspNetCore.DataProtection.IDataProtectionProvider Protection =
        new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider();

    private readonly ServiceProvider _services;
    private readonly ConcurrentBag<AsyncServiceScope> _scopes = [];

    private PortalHarness(TestDatabase database, ServiceProvider services, FakeTimeProvider clock)
    {
        Database = database;
        _services = services;
        Clock = clock;
        Notices = services.GetRequiredService<RecordingSubmissionNotifier>();
        Domains = services.GetRequiredService<FakeDomainVerifier>();
        VoucherNotices = services.GetRequiredService<RecordingVoucherNotifier>();
    }

    /// <summary>The DNS records and well-known files vendors' domains hold in this test.</summary>
    public FakeDomainVerifier Domains { get; }

    /// <summary>What vendors were told about their submissions in this test.</summary>
    public RecordingSubmissionNotifier Notices { get; }

    public TestDatabase Database { get; }

    /// <summary>What firms were told about their voucher applications and vouchers in this test.</summary>
    public RecordingVoucherNotifier VoucherNotices { get; }

    /// <summary>This test's clock; starts at the real time, cut to what both databases keep, and moves only when told.</summary>
    public FakeTimeProvider Clock { get; }

    public static async Task<PortalHarness> StartAsync(TestDatabases databases, DatabaseProvider provider, Action<IServiceCollection>? configure = null) =>
        await StartAsync(await databases.For(provider), configure);

    /// <summary>The harness on a database of the test's own (a crash test that hands it to another process).</summary>
    public static async Task<PortalHarness> StartAsync(TestDatabase database, Action<IServiceCollection>? configure = null)
    {
        var clock = new FakeTimeProvider(DapperTypeHandlers.ToStoredPrecision(DateTimeOffset.UtcNow));
        var services = database.CreateServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            AddPortalIdentity(services);
            services.AddScoped<CurrentPrincipal>();
            services.AddScoped<ICurrentActor, CurrentActor>();
            services.AddOrganisationsAndMembers();
            services.AddAuditLog();
            services.AddMarketplaceCatalogue();
            services.AddOnboardingStores();
            services.AddVendorOnboarding();
            services.AddSingleton<FakeDomainVerifier>();
            services.AddSingleton<IDomainVerifier>(provider => provider.GetRequiredService<FakeDomainVerifier>());
            services.AddSingleton<RecordingSubmissionNotifier>();
            services.AddSingleton(Protection);
            services.AddSingleton<ISubmissionNotifier>(provider => provider.GetRequiredService<RecordingSubmissionNotifier>());
            services.AddVoucherStores();
            services.AddCheckoutStores();
            services.AddOptions<CheckoutOptions>();
            services.AddSingleton<IPaymentGateway, SandboxPaymentGateway>();
            services.AddSingleton<SmeOnboard.Core.Features.Checkout.Renewals.IRenewalCharger, SmeOnboard.Core.Features.Checkout.Renewals.SandboxRenewalCharger>();
            services.AddSingleton<SmeOnboard.Core.Features.Checkout.Renewals.IRenewalNotifier, Features.Checkout.Renewals.RecordingRenewalNotifier>();
            services.AddSingleton<RecordingVoucherNotifier>();
            services.AddSingleton<IVoucherNotifier>(provider => provider.GetRequiredService<RecordingVoucherNotifier>());
            configure?.Invoke(services);
        });
        var harness = new PortalHarness(database, services, clock);
        // The app creates the five roles at startup (Web/Hosting/DatabaseStartup); here once per database and run.
        await RolesReady.GetOrAdd(database, _ => new Lazy<Task>(harness.CreateRolesAsync)).Value;
        return harness;
    }

    /// <summary>A service from a new request scope in which <paramref name="user"/> is the current principal.</summary>
    public T As<T>(ClaimsPrincipal user) where T : notnull
    {
        var scope = _services.CreateAsyncScope();
        _scopes.Add(scope);
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().Set(user);
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    /// <summary>A service from a new request scope with nobody signed in (sign-up, accepting an invitation).</summary>
    public T Anonymous<T>() where T : notnull => As<T>(Actors.Anonymous);

    /// <summary>Signs a firm up through the real registration and returns its admin, organisation and their cookie's claims.</summary>
    public Task<Registered> RegisterFirmAsync() => RegisterAsync(OrganisationKind.Firm, TestProfiles.Firm());

    /// <summary>Signs a vendor up through the real registration; its developer receives the vendor's emails.</summary>
    public Task<Registered> RegisterVendorAsync() => RegisterAsync(OrganisationKind.Vendor, TestProfiles.Vendor());

    /// <summary>A vendor that went through every onboarding step (its domain proven by a TXT record), so it may submit apps.</summary>
    public async Task<Registered> RegisterOnboardedVendorAsync()
    {
        var vendor = await RegisterVendorAsync();
        var saved = await As<VendorOnboardingStore>(vendor.Principal).SaveProfileForCurrentAsync(TestProfiles.VendorProfile());
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Message)));
        Domains.PublishTxt(saved.Value.Domain!, saved.Value.DomainToken!);
        Assert.True((await As<VendorOnboardingStore>(vendor.Principal).VerifyDomainForCurrentAsync()).Succeeded);
        Assert.True((await As<VendorOnboardingStore>(vendor.Principal).AcceptAgreementForCurrentAsync(VendorAgreement.CurrentVersion)).Succeeded);
        var payout = await As<VendorOnboardingStore>(vendor.Principal).CreateSandboxPayoutForCurrentAsync();
        Assert.True(payout.Value.IsComplete);
        return vendor;
    }

    private async Task<Registered> RegisterAsync(OrganisationKind kind, CompanyProfile profile)
    {
        var account = TestProfiles.Account();
        var result = await Anonymous<OrganisationRegistration>().RegisterAsync(kind, profile, account);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(error => error.Message)));
        var membership = await Anonymous<MembershipStore>().FindForUserAsync(result.Value.Id);
        var organisation = await Anonymous<OrganisationStore>().FindAsync(membership!.OrgId);
        return new Registered(result.Value, organisation!, Actors.MemberOf(organisation!, membership.Role, result.Value.Id, result.Value.DisplayName));
    }

    /// <summary>An organisation without members, written the way sign-up writes it.</summary>
    public async Task<Organisation> CreateOrganisationAsync(OrganisationKind kind, CompanyProfile? profile = null)
    {
        profile ??= kind switch
        {
            OrganisationKind.Firm => TestProfiles.Firm(),
            OrganisationKind.Vendor => TestProfiles.Vendor(),
            _ => TestProfiles.Agency(),
        };
        await using var connection = await Database.Connections.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var organisation = await Anonymous<OrganisationStore>().CreateAsync(connection, transaction, kind, profile);
        await transaction.CommitAsync();
        return organisation;
    }

    public async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var connection = await Database.Connections.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var scope in _scopes)
        {
            await scope.DisposeAsync();
        }
        await _services.DisposeAsync();
    }

    /// <summary>Identity with the portal's own rules, as the web host sets it up.</summary>
    private static void AddPortalIdentity(IServiceCollection services)
    {
        services.AddIdentityCore<AppUser>(PortalIdentityRules.Apply)
            .AddRoles<AppRole>()
            .AddDapperStores();
        // Hashing strength is not under test here; the default 100,000 rounds would dominate the run time.
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
    }

    private async Task CreateRolesAsync()
    {
        var roles = Anonymous<RoleManager<AppRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var created = await roles.CreateAsync(new AppRole { Id = Guid.CreateVersion7(), Name = role });
                Assert.True(created.Succeeded, $"Could not create role {role}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }
        }
    }
}
