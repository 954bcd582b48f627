using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;

namespace SmeOnboard.Core.Data;

/// <summary>
/// Statements collected from several stores to run, in order, as one command: one round trip inside the caller's
/// transaction. Each statement's @parameters are renamed apart (s0_…, s1_…), so statements may use the same names.
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

    public Task ExecuteAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        _statements.Count == 0
            ? Task.CompletedTask
            : connection.ExecuteAsync(new CommandDefinition(string.Join('\n', _statements), _parameters, transaction, cancellationToken: cancellationToken));

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex ParameterName();
}
