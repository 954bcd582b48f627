using Dapper;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

public sealed partial class DapperWorkflowStore
{
    public async Task<WorkflowInstance?> FindInstanceAsync(string organisationId, string instanceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<InstanceRow>(new CommandDefinition(
            "SELECT state FROM workflow_instances WHERE org_id = @orgId AND id = @instanceId",
            new { orgId = OrganisationKey.Parse(organisationId), instanceId }, cancellationToken: cancellationToken));
        return row?.ToInstance();
    }

    public async Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string organisationId, Stimulus stimulus, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        // The hash finds the rows through the index; kind and key are compared too, so a hash collision resumes nothing.
        var rows = await connection.QueryAsync<BookmarkRow>(new CommandDefinition(
            $"""
            SELECT {BookmarkRow.Columns} FROM workflow_bookmarks
            WHERE org_id = @orgId AND stimulus_hash = @hash AND kind = @kind AND stimulus_key = @key
            ORDER BY created_at, id
            """,
            new { orgId = OrganisationKey.Parse(organisationId), hash = stimulus.Hash, kind = stimulus.Kind.ToString(), key = stimulus.Key },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToBookmark()).ToList();
    }
}
