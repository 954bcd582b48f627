using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>
/// Which of a message's topics any of the firm's workflows listen on (a waiting DeviceSignal bookmark or a published
/// DeviceSignal trigger), in one query per message, so the router asks for bookmarks and triggers only on those. Read
/// at the moment of routing, so nothing is cached and nothing goes stale.
/// </summary>
public sealed class DeviceTopicListeners(IDbConnectionFactory db)
{
    public async Task<IReadOnlySet<string>> ListenedAsync(Guid orgId, IReadOnlyList<Stimulus> stimuli, CancellationToken cancellationToken = default)
    {
        var keys = stimuli.Select(s => s.Key).Distinct().ToArray();
        var hashes = stimuli.Select(s => s.Hash).Distinct().ToArray();
        // PostgreSQL takes each list as one array parameter; Dapper expands them into one parameter each for SQLite.
        var (inHashes, inKeys) = db.Dialect.Provider == DatabaseProvider.Postgres
            ? ("stimulus_hash = ANY(@hashes)", "trigger_key = ANY(@keys)")
            : ("stimulus_hash IN @hashes", "trigger_key IN @keys");
        await using var connection = await db.OpenAsync(cancellationToken);
        var listened = await connection.QueryAsync<string>(new CommandDefinition(
            $"""
            SELECT stimulus_key FROM workflow_bookmarks WHERE org_id = @orgId AND kind = @kind AND {inHashes}
            UNION
            SELECT trigger_key FROM workflow_triggers WHERE org_id = @orgId AND kind = @kind AND {inKeys}
            """,
            new { orgId, kind = nameof(BookmarkKind.DeviceSignal), hashes, keys }, cancellationToken: cancellationToken));
        return listened.ToHashSet(StringComparer.Ordinal);
    }
}
