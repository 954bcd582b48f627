using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.Logging;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Takes a marketplace app's callback to a CallAppAction that waits for it. The app signs the body as the portal signs
/// its calls (<see cref="AppActionSignature"/>, with its vendor's signing secret), so the signature is the only
/// credential; the organisation comes from the bookmark, never from the caller.
/// </summary>
public sealed class AppCallbackReceiver(
    IDbConnectionFactory db, AppActionDirectory directory, WorkflowExecutor executor, WorkflowRunner runner, TimeProvider clock, ILogger<AppCallbackReceiver> logger)
{
    /// <summary>How far a callback's signed timestamp may be from now: room for clock drift, not for replaying old calls.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Verifies <paramref name="signature"/> over <paramref name="body"/> with the secret of <paramref name="appId"/>'s vendor, then
    /// resumes the app's callback bookmark the body names (<c>instanceId</c>, <c>callbackKey</c>) with its <c>data</c>.
    /// </summary>
    public async Task<AppCallbackOutcome> ReceiveAsync(string appId, string? signature, string body, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(signature) || await directory.FindSecretAsync(appId, cancellationToken) is not { } secret
            || !AppActionSignature.Verify(secret, signature, body, clock.GetUtcNow(), Tolerance))
        {
            WorkflowLog.AppCallbackRefused(logger, appId, "signature");
            return AppCallbackOutcome.Unauthorized;
        }
        if (Read(body) is not { } callback)
            return AppCallbackOutcome.Invalid;
        var bookmark = await FindAsync(callback.InstanceId, callback.Key, cancellationToken);
        // Another app's callback answers like an unknown one: a valid signature of one app reaches only its own calls.
        if (bookmark is null || bookmark.Payload?["app"]?.GetValue<string>() != appId)
            return AppCallbackOutcome.NotFound;
        var result = await executor.RunAsync(bookmark.OrganisationId, bookmark.InstanceId,
            (definition, instance) => runner.Resume(definition, instance, bookmark.Id, callback.Data), cancellationToken);
        return result.Outcome switch
        {
            ExecutionOutcome.Saved => AppCallbackOutcome.Resumed,
            ExecutionOutcome.NotFound or ExecutionOutcome.Unchanged => AppCallbackOutcome.NotFound,
            _ => AppCallbackOutcome.Busy,
        };
    }

    private static (string InstanceId, string Key, JsonNode? Data)? Read(string body)
    {
        try
        {
            if (JsonNode.Parse(body) is JsonObject callback
                && callback["instanceId"] is JsonValue instance && instance.TryGetValue<string>(out var instanceId) && instanceId.Length > 0
                && callback["callbackKey"] is JsonValue keyValue && keyValue.TryGetValue<string>(out var key) && key.Length > 0)
                return (instanceId, key, callback["data"]?.DeepClone());
        }
        catch (JsonException)
        {
            // Not JSON: the caller is told the body is invalid.
        }
        return null;
    }

    // Across organisations by design: the instance id and key are unguessable and the signature proved the app.
    private async Task<Bookmark?> FindAsync(string instanceId, string key, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<BookmarkRow>(new CommandDefinition(
            $"""
            SELECT {BookmarkRow.Columns} FROM workflow_bookmarks
            WHERE instance_id = @instanceId AND kind = @kind AND stimulus_key = @key
            """,
            new { instanceId, key, kind = nameof(BookmarkKind.AppCallback) }, cancellationToken: cancellationToken));
        return row?.ToBookmark();
    }
}
