using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SmeOnboard.Core.Data;

/// <summary>Recognises database refusals that a store reports as an expected failure instead of an exception.</summary>
public static class DbExceptionExtensions
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;

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
}
