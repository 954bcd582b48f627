using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Data;

public sealed class SqlDialectTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "sqlite", "", "LIKE", "", "@doc")]
    [InlineData(DatabaseProvider.Postgres, "postgres", "FOR UPDATE", "ILIKE", "FOR UPDATE SKIP LOCKED", "@doc::jsonb")]
    public void Each_provider_has_its_own_dialect(
        DatabaseProvider provider, string folder, string forUpdate, string iLike, string skipLocked, string json)
    {
        var dialect = SqlDialect.For(provider);

        Assert.Equal(
            (provider, folder, forUpdate, iLike, skipLocked, json),
            (dialect.Provider, dialect.MigrationFolder, dialect.ForUpdate, dialect.ILike, dialect.ForUpdateSkipLocked, dialect.Json("doc")));
    }

    [Fact]
    public void An_unknown_provider_has_no_dialect()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SqlDialect.For((DatabaseProvider)42));
    }

    [Theory, BothDatabases]
    public async Task The_dialects_like_ignores_case_and_its_row_lock_is_accepted_in_a_transaction(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var organisation = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var dialect = portal.Database.Connections.Dialect;
        Assert.Equal(provider, dialect.Provider);

        await using var connection = await portal.Database.Connections.OpenAsync(Ct);
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        var found = await connection.QueryAsync<Guid>(
            $"SELECT id FROM organisations WHERE name {dialect.ILike} @pattern {dialect.ForUpdate}",
            new { pattern = organisation.Name.ToUpperInvariant() },
            transaction);
        await transaction.CommitAsync(Ct);

        Assert.Equal([organisation.Id], found);
    }
}
