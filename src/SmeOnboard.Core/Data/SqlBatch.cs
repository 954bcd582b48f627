using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace SmeOnboard.Core.Data;

/// <summary>
/// Statements collected from several stores to run, in order, as one command: one round trip inside the caller's
/// transaction, or, guarded, as a transaction of its own. Each statement's @parameters are renamed apart (s0_…, s1_…),
/// so statements may use the same names.
/// </summary>
public sealed partial class SqlBatch
{
    private readonly List<string> _statements = [];
    private readonly DynamicParameters _parameters = new();

    /// <summary>A statement and its parameters, as an object whose properties are named like the statement's @parameters.</summary>
    public void Add(string sql, object parameters) =>
        Add(sql, parameters.GetType().GetProperties().Select(p => new KeyValuePair<string, object?>(p.Name, p.GetValue(parameters))));

    /// <summary>A statement and its parameters by name (without the @).</summary>
    public void Add(string sql, IEnumerable<KeyValuePair<string, object?>> parameters)
    {
        var prefix = $"s{_statements.Count}_";
        foreach (var (name, value) in parameters)
        {
            _parameters.Add(prefix + name, value);
        }
        _statements.Add(ParameterName().Replace(sql, m => "@" + prefix + m.Groups[1].Value).TrimEnd().TrimEnd(';') + ";");
    }

    /// <summary>
    /// A condition checked where it stands in the batch, after the row locks taken by the statements before it; when it
    /// does not hold, <see cref="ExecuteGuardedAsync"/> writes nothing of the batch. <paramref name="refusal"/> names
    /// the guard in the error the database raises (letters, digits and spaces only).
    /// </summary>
    public void Require(string condition, string refusal, object parameters)
    {
        if (!GuardName().IsMatch(refusal))
        {
            throw new ArgumentException("A guard's name is letters, digits and spaces only.", nameof(refusal));
        }
        Add($"SELECT smeonboard_require({condition}, '{refusal}')", parameters);
    }

    public Task ExecuteAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        RunAsync(connection, transaction, cancellationToken);

    /// <summary>
    /// Runs the batch as a transaction of its own; false, with nothing written, when one of its <see cref="Require"/>
    /// conditions did not hold (or PostgreSQL broke a deadlock by aborting it), so the caller may read and try again.
    /// On PostgreSQL the batch goes without BEGIN and COMMIT: statements sent together share one implicit transaction,
    /// so the row locks it takes are held for this single round trip and not across the client's next ones. SQLite, in
    /// process, wraps it in a transaction of its own.
    /// </summary>
    public async Task<bool> ExecuteGuardedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            if (connection is SqliteConnection)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await RunAsync(connection, transaction, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await RunAsync(connection, null, cancellationToken);
            }
            return true;
        }
        catch (DbException exception) when (exception.IsGuardRefusal())
        {
            return false;
        }
    }

    private Task RunAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        _statements.Count == 0
            ? Task.CompletedTask
            : connection.ExecuteAsync(new CommandDefinition(string.Join('\n', _statements), _parameters, transaction, cancellationToken: cancellationToken));

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex ParameterName();

    [GeneratedRegex("^[A-Za-z0-9 ]+$")]
    private static partial Regex GuardName();
}
