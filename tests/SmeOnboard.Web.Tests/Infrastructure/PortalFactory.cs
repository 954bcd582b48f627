using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace SmeOnboard.Web.Tests.Infrastructure;

/// <summary>
/// The portal on an in-memory test server, with its own temporary SQLite file and mail pickup folder. The app's own
/// startup migrates the database and seeds the demo accounts, exactly as a first local run does; only configuration
/// is overridden. Tests share one instance, so they isolate themselves with unique emails and organisations.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"smeonboard-web-{Guid.NewGuid():N}");

    public string DatabasePath => Path.Combine(_folder, "portal.db");

    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>Settings over the root appsettings.json; subclasses change single values.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["Database:ConnectionString"] = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = true }.ConnectionString,
        ["Database:MigrateOnStart"] = "true",
        ["Email:PickupFolder"] = MailFolder,
        ["Email:Smtp:Host"] = "",
        ["Demo:Seed"] = "true",
        ["Demo:Password"] = DemoPassword,
        // Every test signs in over the same (absent) client address, so the real limits would throttle the suite.
        ["RateLimits:SignInPermitsPerMinute"] = "10000",
        ["RateLimits:SignUpPermitsPerMinute"] = "10000",
        // The embedded MQTT broker on a port of this portal's own, so parallel portals do not compete for 1883.
        ["Devices:MqttPort"] = MqttPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Error",
    };

    /// <summary>A TCP port free when the portal was created, for its embedded MQTT broker.</summary>
    public int MqttPort { get; } = FreePort();

    public const string DemoPassword = "Demo-Pass-2026";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(Settings));
    }

    /// <summary>Starts the host once, so migration and seeding happen before the first test rather than inside it.</summary>
    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _ = Server;
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a late connection stays in the temp folder; it does not affect the next run.
        }
    }
}
