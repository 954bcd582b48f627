using Microsoft.Extensions.Logging;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>The workflow runtime's log messages, source-generated; payloads and secrets are never logged.</summary>
internal static partial class WorkflowLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Workflow instance {InstanceId} of {DefinitionId} v{Version} started: {Status}")]
    public static partial void Started(ILogger logger, string instanceId, string definitionId, int version, WorkflowStatus status);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Workflow instance {InstanceId} is held by another worker; its work is given back")]
    public static partial void InstanceBusy(ILogger logger, string instanceId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Workflow instance {InstanceId} was saved by another burst first (attempt {Attempt}); recomputing")]
    public static partial void RevisionConflict(ILogger logger, string instanceId, int attempt);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Debug, Message = "Timer {BookmarkId} of instance {InstanceId} fired: {Outcome}")]
    public static partial void TimerFired(ILogger logger, string bookmarkId, string instanceId, ExecutionOutcome outcome);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning, Message = "Timer {BookmarkId} of instance {InstanceId} is given back until {RetryAt}: {Reason}")]
    public static partial void TimerReleased(ILogger logger, string bookmarkId, string instanceId, DateTimeOffset? retryAt, string reason);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Error, Message = "Timer {BookmarkId} of instance {InstanceId} failed")]
    public static partial void TimerFailed(ILogger logger, Exception exception, string bookmarkId, string instanceId);

    [LoggerMessage(EventId = 4120, Level = LogLevel.Debug, Message = "Outbox message {IdempotencyKey} ({Kind}) carried out")]
    public static partial void OutboxDone(ILogger logger, string idempotencyKey, OutboxKind kind);

    [LoggerMessage(EventId = 4121, Level = LogLevel.Warning, Message = "Outbox message {IdempotencyKey} ({Kind}) failed on attempt {Attempt}; next try at {RetryAt}")]
    public static partial void OutboxRetry(ILogger logger, Exception exception, string idempotencyKey, OutboxKind kind, int attempt, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 4122, Level = LogLevel.Error, Message = "Outbox message {IdempotencyKey} ({Kind}) given up after {Attempt} attempts")]
    public static partial void OutboxGaveUp(ILogger logger, Exception exception, string idempotencyKey, OutboxKind kind, int attempt);

    [LoggerMessage(EventId = 4130, Level = LogLevel.Error, Message = "The workflow {Worker} stopped a round on an unexpected error; it carries on next round")]
    public static partial void WorkerRoundFailed(ILogger logger, Exception exception, string worker);

    [LoggerMessage(EventId = 4140, Level = LogLevel.Warning, Message = "A webhook call for workflow {DefinitionId} carried no valid secret")]
    public static partial void WebhookRefused(ILogger logger, string definitionId);

    [LoggerMessage(EventId = 4150, Level = LogLevel.Information, Message = "Schedule {ActivityId} of workflow {DefinitionId} v{Version} fired for {Occurrence}: {Outcome}")]
    public static partial void ScheduleFired(ILogger logger, string activityId, string definitionId, int version, DateTimeOffset occurrence, ExecutionOutcome outcome);

    [LoggerMessage(EventId = 4151, Level = LogLevel.Error, Message = "Schedule {ActivityId} of workflow {DefinitionId} v{Version} failed; it is tried again next round")]
    public static partial void ScheduleFailed(ILogger logger, Exception exception, string activityId, string definitionId, int version);

    [LoggerMessage(EventId = 4160, Level = LogLevel.Warning, Message = "A callback from app {AppId} was refused: {Reason}")]
    public static partial void AppCallbackRefused(ILogger logger, string appId, string reason);
}
