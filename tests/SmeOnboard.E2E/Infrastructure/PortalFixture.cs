using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.E2E.Infrastructure;

/// <summary>
/// One portal and one browser for the whole collection: starting either takes seconds, a browser context
/// (what each test gets) takes milliseconds and shares no cookies.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private static readonly ServerLog EmptyLog = new();
    private readonly string _workFolder = Path.Combine(Path.GetTempPath(), $"smeonboard-e2e-{Guid.NewGuid():N}");
    private PortalFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not running: " + Chromium.MissingMessage);

    /// <summary>The portal's address, ending in a slash.</summary>
    public string BaseUrl { get; private set; } = "";

    public Mailbox Mailbox { get; }

    /// <summary>The portal's warnings and errors; empty until the portal runs.</summary>
    public ServerLog ServerLog => _factory?.Log ?? EmptyLog;

    public PortalFixture() => Mailbox = new Mailbox(Path.Combine(_workFolder, "mail"));

    public async ValueTask InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            // Each test reports the missing browser (skip locally, fail in CI); no point starting the portal.
            return;
        }
        Directory.CreateDirectory(_workFolder);
        _factory = new PortalFactory(Path.Combine(_workFolder, "portal.db"), Path.Combine(_workFolder, "mail"));
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>Registers a firm and its admin straight through the portal's own service, for tests about what follows.</summary>
    public async Task RegisterFirmAdminAsync(string email, string password, string displayName)
    {
        var factory = _factory ?? throw new InvalidOperationException("The portal is not running.");
        await using var scope = factory.Services.CreateAsyncScope();
        var registration = scope.ServiceProvider.GetRequiredService<OrganisationRegistration>();
        var result = await registration.RegisterAsync(
            OrganisationKind.Firm,
            new CompanyProfile { Name = $"{displayName} Workshop", Region = "CN-JS-SZ", IndustryCode = "C25", HeadcountBand = "5-9", TurnoverBand = "LT1M" },
            new NewAccount(displayName, email, password));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not register {email}: {string.Join("; ", result.Errors.Select(e => e.Message))}");
        }
    }

    /// <summary>Adds a person to the organisation of <paramref name="colleagueEmail"/> in <paramref name="role"/>, as an accepted invitation would.</summary>
    public async Task AddColleagueAsync(string colleagueEmail, string email, string password, string displayName, string role)
    {
        var factory = _factory ?? throw new InvalidOperationException("The portal is not running.");
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var memberships = scope.ServiceProvider.GetRequiredService<MembershipStore>();
        var colleague = await users.FindByEmailAsync(colleagueEmail) ?? throw new InvalidOperationException($"No account {colleagueEmail}.");
        var orgId = (await memberships.FindForUserAsync(colleague.Id))!.OrgId;
        var user = new AppUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, LockoutEnabled = true, CreatedAt = DateTimeOffset.UtcNow };
        if (!(await users.CreateAsync(user, password)).Succeeded || !(await users.AddToRoleAsync(user, role)).Succeeded)
            throw new InvalidOperationException($"Could not create {email}.");
        var db = scope.ServiceProvider.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await db.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await memberships.AddAsync(connection, transaction, user.Id, orgId, role);
        await transaction.CommitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        // Pooled SQLite connections keep the file open; release them so the folder can go.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_workFolder))
        {
            Directory.Delete(_workFolder, recursive: true);
        }
    }
}
