using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Data;

public sealed class DatabaseXmlRepositoryTests(TestDatabases databases)
{
    [Theory, BothDatabases]
    public async Task Stored_key_elements_come_back_unchanged_in_the_order_they_were_stored(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var repository = new DatabaseXmlRepository(database.Connections, clock);
        var first = KeyElement();
        var second = KeyElement();

        repository.StoreElement(first, $"key-{first.Attribute("id")!.Value}");
        clock.Advance(TimeSpan.FromSeconds(1));
        repository.StoreElement(second, $"key-{second.Attribute("id")!.Value}");

        var mine = repository.GetAllElements()
            .Where(element => element.Attribute("id")?.Value is { } id && (id == first.Attribute("id")!.Value || id == second.Attribute("id")!.Value))
            .ToList();
        Assert.Equal(2, mine.Count);
        Assert.True(XNode.DeepEquals(first, mine[0]), mine[0].ToString());
        Assert.True(XNode.DeepEquals(second, mine[1]), mine[1].ToString());
    }

    [Theory, BothDatabases]
    public async Task What_one_node_protects_another_node_on_the_same_database_can_read(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        await using var first = Node(database);
        await using var second = Node(database);

        var protectedPayload = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("session for Li Wei");

        Assert.Equal("session for Li Wei", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedPayload));
        // Shared through the database, not through a key folder both nodes happen to see.
        var keyNames = first.GetRequiredService<IKeyManager>().GetAllKeys().Select(key => $"key-{key.KeyId:D}").ToList();
        await using var connection = await database.Connections.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(keyNames.Count, await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM data_protection_keys WHERE friendly_name IN (" + string.Join(", ", keyNames.Select((_, i) => $"@k{i}")) + ")",
            new DynamicParameters(keyNames.Select((name, i) => new KeyValuePair<string, object>($"k{i}", name)))));
    }

    /// <summary>A portal node as AddPortalData sets it up: its own connection factory and key ring, on the shared database.</summary>
    private static ServiceProvider Node(TestDatabase database)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["Database:ConnectionString"] = database.Options.ConnectionString,
            ["Database:MigrateOnStart"] = "false",
        };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddPortalData();
        return services.BuildServiceProvider();
    }

    private static XElement KeyElement()
    {
        var id = Guid.NewGuid().ToString();
        return new XElement("key", new XAttribute("id", id), new XAttribute("version", 1),
            new XElement("creationDate", "2031-03-14T09:26:53Z"),
            new XElement("descriptor", new XElement("secret", $"not-a-real-secret-{id}")));
    }
}
