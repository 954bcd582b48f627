using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Tests.Data;

/// <summary>Binding and validation as AddPortalData sets them up; no database is opened.</summary>
public sealed class DatabaseOptionsTests
{
    [Fact]
    public void Without_settings_the_portal_uses_the_embedded_sqlite_database_and_migrates_on_start()
    {
        var options = Resolve([]);

        Assert.Equal((DatabaseProvider.Sqlite, "Data Source=data/smeonboard.db", true), (options.Provider, options.ConnectionString, options.MigrateOnStart));
    }

    [Fact]
    public void Settings_are_bound_from_the_database_section()
    {
        var options = Resolve(new()
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = "Host=db;Database=smeonboard",
            ["Database:MigrateOnStart"] = "false",
        });

        Assert.Equal((DatabaseProvider.Postgres, "Host=db;Database=smeonboard", false), (options.Provider, options.ConnectionString, options.MigrateOnStart));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_connection_string_is_refused(string connectionString)
    {
        var refusal = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Database:ConnectionString"] = connectionString }));

        Assert.Contains(nameof(DatabaseOptions.ConnectionString), refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_the_portal_does_not_know_is_refused()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => Resolve(new() { ["Database:Provider"] = "Oracle" }));

        Assert.Contains("Database:Provider", refusal.Message, StringComparison.Ordinal);
    }

    private static DatabaseOptions Resolve(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddPortalData();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
    }
}
