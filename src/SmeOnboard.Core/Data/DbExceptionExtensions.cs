using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SmeOnboard.Core.Data;

/// <summary>Recognises database refusals that a store reports as an expected failure instead of an exception.</summary>
public static class DbExceptionExtensions
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>How smeonboard_require starts the error it raises on both databases (migration 0031, DbConnectionFactory).</summary>
    internal const string GuardRefused = "guard refused: ";

    /// <summary>The SQLSTATE of smeonboard_require on PostgreSQL (class SO, which PostgreSQL does not use).</summary>
    private const string PostgresGuardRefused = "SO001";

    /// <summary>
    /// True when the statement broke the unique constraint on <paramref name="table"/>.<paramref name="column"/>.
    /// SQLite names the column in its message; PostgreSQL names the constraint, which defaults to table_column_key.
    /// </summary>
    public static bool IsUniqueViolation(this DbException exception, string table, string column) => exception switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintUnique } sqlite =>
            sqlite.Message.Contains($"{table}.{column}", StringComparison.Ordinal),
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres =>
            postgres.TableName == table && postgres.ConstraintName == $"{table}_{column}_key",
        _ => false,
    };

    /// <summary>
    /// True when a <see cref="SqlBatch.Require"/> condition did not hold, or when PostgreSQL chose the batch as the victim
    /// of a deadlock (two batches locking the same rows in another order): either way nothing of it was written.
    /// </summary>
    public static bool IsGuardRefusal(this DbException exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState is PostgresGuardRefused or PostgresErrorCodes.DeadlockDetected,
        SqliteException sqlite => sqlite.Message.Contains(GuardRefused, StringComparison.Ordinal),
        _ => false,
    };
}
