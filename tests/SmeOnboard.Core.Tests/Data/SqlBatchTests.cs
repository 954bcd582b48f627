using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Data;

public sealed class SqlBatchTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Statements_with_the_same_parameter_names_run_in_order_each_with_its_own_values(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        await using var connection = await portal.Database.Connections.OpenAsync(Ct);
        await connection.ExecuteAsync("CREATE TEMP TABLE batch_probe (position INTEGER NOT NULL, name TEXT NOT NULL)");
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        var batch = new SqlBatch();
        batch.Add("INSERT INTO batch_probe (position, name) VALUES (@position, @name);", new { position = 1, name = "first" });
        batch.Add("INSERT INTO batch_probe (position, name) SELECT @position, @name || (SELECT COUNT(*) FROM batch_probe)",
            [new("position", 2), new("name", "second after ")]);

        await batch.ExecuteAsync(connection, transaction, Ct);
        await transaction.CommitAsync(Ct);

        var rows = await connection.QueryAsync<string>("SELECT name FROM batch_probe ORDER BY position");
        Assert.Equal(["first", "second after 1"], rows);
    }
}
