using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Data;

public sealed class SqlBatchTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Pooled connections keep their temporary tables, so each test names its own.
    private readonly string _probe = $"batch_probe_{Guid.NewGuid():N}";

    [Theory, BothDatabases]
    public async Task Statements_with_the_same_parameter_names_run_in_order_each_with_its_own_values(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        await using var connection = await OpenWithProbeTableAsync(portal);
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        var batch = new SqlBatch();
        batch.Add($"INSERT INTO {_probe} (position, name) VALUES (@position, @name);", new { position = 1, name = "first" });
        batch.Add($"INSERT INTO {_probe} (position, name) SELECT @position, @name || (SELECT COUNT(*) FROM {_probe})",
            [new("position", 2), new("name", "second after ")]);

        await batch.ExecuteAsync(connection, transaction, Ct);
        await transaction.CommitAsync(Ct);

        var rows = await connection.QueryAsync<string>($"SELECT name FROM {_probe} ORDER BY position");
        Assert.Equal(["first", "second after 1"], rows);
    }

    [Theory, BothDatabases]
    public async Task A_guarded_batch_whose_condition_fails_writes_nothing_not_even_the_statements_before_its_guard(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        await using var connection = await OpenWithProbeTableAsync(portal);

        var written = await ProbeBatch(expectedBeforeGuard: 2).ExecuteGuardedAsync(connection, Ct);

        Assert.False(written);
        Assert.Empty(await connection.QueryAsync<string>($"SELECT name FROM {_probe}"));
    }

    [Theory, BothDatabases]
    public async Task A_guarded_batch_whose_condition_holds_writes_every_statement_and_its_guard_sees_the_rows_written_before_it(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        await using var connection = await OpenWithProbeTableAsync(portal);

        var written = await ProbeBatch(expectedBeforeGuard: 1).ExecuteGuardedAsync(connection, Ct);

        Assert.True(written);
        Assert.Equal(["before the guard", "after the guard"], await connection.QueryAsync<string>($"SELECT name FROM {_probe} ORDER BY position"));
    }

    [Fact]
    public void A_guard_name_that_could_break_out_of_its_quotes_is_refused()
    {
        var batch = new SqlBatch();

        Assert.Throws<ArgumentException>(() => batch.Require("1 = 1", "it's", new { }));
    }

    private async Task<System.Data.Common.DbConnection> OpenWithProbeTableAsync(PortalHarness portal)
    {
        var connection = await portal.Database.Connections.OpenAsync(Ct);
        await connection.ExecuteAsync($"CREATE TEMP TABLE {_probe} (position INTEGER NOT NULL, name TEXT NOT NULL)");
        return connection;
    }

    private SqlBatch ProbeBatch(int expectedBeforeGuard)
    {
        var batch = new SqlBatch();
        batch.Add($"INSERT INTO {_probe} (position, name) VALUES (1, @name)", new { name = "before the guard" });
        batch.Require($"(SELECT COUNT(*) FROM {_probe}) = @expected", "probe count", new { expected = expectedBeforeGuard });
        batch.Add($"INSERT INTO {_probe} (position, name) VALUES (2, @name)", new { name = "after the guard" });
        return batch;
    }
}
