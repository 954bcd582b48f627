using Dapper;

namespace SmeOnboard.Core.Data;

/// <summary>
/// One-statement Dapper calls that open and close their own connection, for stores whose every method is a single
/// statement; anything needing a transaction opens the connection itself.
/// </summary>
public static class DbConnectionFactoryExtensions
{
    public static async Task<int> ExecuteAsync(this IDbConnectionFactory connections, string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    public static async Task<T?> QuerySingleOrDefaultAsync<T>(this IDbConnectionFactory connections, string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    public static async Task<List<T>> QueryListAsync<T>(this IDbConnectionFactory connections, string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.AsList();
    }
}
