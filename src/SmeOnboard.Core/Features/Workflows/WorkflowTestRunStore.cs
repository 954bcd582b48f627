using Dapper;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>Which instances are test runs of a draft, started from the designer; every query names the organisation.</summary>
public sealed class WorkflowTestRunStore(IDbConnectionFactory db)
{
    public async Task RecordAsync(Guid orgId, string instanceId, Guid? userId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO workflow_test_runs (instance_id, org_id, started_by, started_at) VALUES (@instanceId, @orgId, @userId, @at)",
            new { orgId, instanceId, userId, at }, cancellationToken: cancellationToken));
    }

    public async Task<bool> IsTestRunAsync(Guid orgId, string instanceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM workflow_test_runs WHERE org_id = @orgId AND instance_id = @instanceId",
            new { orgId, instanceId }, cancellationToken: cancellationToken)) > 0;
    }
}
