using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Web.Features.Operations;

/// <summary>Ready means the database answers a query.</summary>
public sealed class DatabaseHealthCheck(IDbConnectionFactory db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy($"{db.Dialect.Provider} answers");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{db.Dialect.Provider} does not answer", exception);
        }
    }
}
