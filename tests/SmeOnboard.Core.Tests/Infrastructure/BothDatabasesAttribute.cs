using System.Reflection;
using SmeOnboard.Core.Data;
using Xunit.Sdk;
using Xunit.v3;

namespace SmeOnboard.Core.Tests.Infrastructure;

/// <summary>
/// Runs a theory once per database: <c>[Theory, BothDatabases] public async Task X(DatabaseProvider provider)</c>.
/// Each provider shows as its own test case, so a PostgreSQL skip or failure never hides the SQLite result.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BothDatabasesAttribute : DataAttribute
{
    private static readonly IReadOnlyCollection<ITheoryDataRow> Rows =
    [
        new TheoryDataRow<DatabaseProvider>(DatabaseProvider.Sqlite),
        new TheoryDataRow<DatabaseProvider>(DatabaseProvider.Postgres),
    ];

    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        ValueTask.FromResult(Rows);

    public override bool SupportsDiscoveryEnumeration() => true;
}
