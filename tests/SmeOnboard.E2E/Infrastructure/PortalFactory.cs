using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace SmeOnboard.E2E.Infrastructure;

/// <summary>
/// The real portal on Kestrel (a browser cannot reach the in-memory TestServer), with its own SQLite file and mail
/// pickup folder so a run never touches data/ and never sees another run's mail.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath;
    private readonly string _pickupFolder;

    public ServerLog Log { get; } = new();

    public PortalFactory(string databasePath, string pickupFolder)
    {
        _databasePath = databasePath;
        _pickupFolder = pickupFolder;
        // Port 0: the system picks a free port, so parallel runs on one machine do not collide.
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The environment people run: no developer exception page hiding what a user would see.
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={_databasePath}",
            ["Database:MigrateOnStart"] = "true",
            ["Demo:Seed"] = "true",
            ["Email:PickupFolder"] = _pickupFolder,
            ["Email:Smtp:Host"] = "",
            // Every test posts sign-ins from 127.0.0.1; the production limits would throttle the suite itself.
            ["RateLimits:SignInPermitsPerMinute"] = "10000",
            ["RateLimits:SignUpPermitsPerMinute"] = "10000",
            // The embedded MQTT broker on a port of its own, so a portal already running on 1883 does not stop the suite.
            ["Devices:MqttPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        // Only the captured log: console output from the server would bury the test results.
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Log));
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
