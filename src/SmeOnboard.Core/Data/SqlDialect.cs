namespace SmeOnboard.Core.Data;

/// <summary>
/// The few places where SQLite and PostgreSQL SQL differ. Stores write portable SQL and ask the dialect for the rest.
/// </summary>
public abstract class SqlDialect
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>Folder (under Data/Migrations) holding this dialect's numbered scripts.</summary>
    public abstract string MigrationFolder { get; }

    /// <summary>Appended to a SELECT to lock the selected rows until the transaction ends.</summary>
    public abstract string ForUpdate { get; }

    /// <summary>Case-insensitive LIKE operator.</summary>
    public abstract string ILike { get; }

    /// <summary>
    /// Appended to a SELECT that picks rows for one worker out of many: the rows other transactions have locked are
    /// passed over instead of waited for.
    /// </summary>
    public abstract string ForUpdateSkipLocked { get; }

    /// <summary>A parameter holding a JSON document, as the column type expects it.</summary>
    public abstract string Json(string parameterName);

    public static SqlDialect For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteDialect(),
        DatabaseProvider.Postgres => new PostgresDialect(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };

    private sealed class SqliteDialect : SqlDialect
    {
        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
        public override string MigrationFolder => "sqlite";

        // SQLite serialises writers on the whole database, so a row lock adds nothing.
        public override string ForUpdate => "";
        public override string ILike => "LIKE";
        public override string ForUpdateSkipLocked => "";

        // SQLite keeps JSON as TEXT; a cast would give the value NUMERIC affinity.
        public override string Json(string parameterName) => $"@{parameterName}";
    }

    private sealed class PostgresDialect : SqlDialect
    {
        public override DatabaseProvider Provider => DatabaseProvider.Postgres;
        public override string MigrationFolder => "postgres";
        public override string ForUpdate => "FOR UPDATE";
        public override string ILike => "ILIKE";
        public override string ForUpdateSkipLocked => "FOR UPDATE SKIP LOCKED";

        // Npgsql sends strings as text, which PostgreSQL does not convert to jsonb by itself.
        public override string Json(string parameterName) => $"@{parameterName}::jsonb";
    }
}
