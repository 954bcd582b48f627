using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Data;
using SmeOnboard.Workflows.Activities.BuiltIn;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Starts an instance of each published workflow whose Schedule start trigger has a due occurrence. Each occurrence
/// starts one instance however many nodes run this and however often they restart: the instance id is derived from
/// the occurrence (<see cref="ScheduleOccurrence"/>), so a second start is refused by the store, and the schedule then
/// moves on with a conditional update. An occurrence is started before the schedule moves past it, so a node that dies
/// in between leaves it to be retried, never lost. After downtime only the latest missed occurrence fires: a run per
/// missed occurrence would arrive all at once and late, which is rarely what a schedule means.
/// </summary>
public sealed class ScheduleWorker : BackgroundService
{
    private readonly IWorkflowStore _store;
    private readonly WorkflowExecutor _executor;
    private readonly ScheduleTriggers _triggers;
    private readonly WorkflowOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<ScheduleWorker> _logger;

    public ScheduleWorker(
        IWorkflowStore store, WorkflowExecutor executor, IDbConnectionFactory db, IOptions<WorkflowOptions> options, TimeProvider clock, ILogger<ScheduleWorker> logger)
    {
        _store = store;
        _executor = executor;
        _triggers = new ScheduleTriggers(db);
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Starts the due occurrence of every schedule; returns how many instances this call started.</summary>
    public async Task<int> FireDueSchedulesAsync(CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow();
        var started = 0;
        foreach (var trigger in await _triggers.ListAsync(cancellationToken))
        {
            try
            {
                if (await FireAsync(trigger, now, cancellationToken))
                    started++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One broken schedule (a time zone this host lacks, a definition gone mid-round) must not stop the others.
                WorkflowLog.ScheduleFailed(_logger, e, trigger.ActivityId, trigger.DefinitionId, trigger.Version);
            }
        }
        return started;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.RunWorkers)
            return;
        using var timer = new PeriodicTimer(_options.SchedulePollInterval, _clock);
        do
        {
            try
            {
                await FireDueSchedulesAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                WorkflowLog.WorkerRoundFailed(_logger, e, nameof(ScheduleWorker));
            }
        }
        while (await TimerWorker.WaitAsync(timer, stoppingToken));
    }

    private async Task<bool> FireAsync(ScheduleTrigger trigger, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(trigger.TimeZone);
        if (Schedule.LatestDue(trigger.Cron, zone, trigger.FiredThrough, now) is not { } occurrence)
            return false;
        var organisation = OrganisationKey.Format(trigger.OrgId);
        var definition = await _store.FindDefinitionAsync(organisation, trigger.DefinitionId, trigger.Version, cancellationToken);
        if (definition is null)
            return false;
        var payload = new JsonObject { ["occurrence"] = occurrence.UtcDateTime };
        var result = await _executor.StartAsync(definition, new StartRequest
        {
            OrganisationId = organisation,
            InstanceId = ScheduleOccurrence.InstanceId(trigger, occurrence),
            TriggerActivityId = trigger.ActivityId,
            TriggerPayload = payload,
            Input = payload.DeepClone(),
            StartedBy = StartedBy.Timer,
        }, cancellationToken);
        WorkflowLog.ScheduleFired(_logger, trigger.ActivityId, trigger.DefinitionId, trigger.Version, occurrence, result.Outcome);
        // Conflict: this occurrence's instance exists already (another node, or this one before a crash). Either way
        // the schedule moves on; if another node moved it first, the update finds nothing to do.
        await _triggers.AdvanceAsync(trigger, occurrence, cancellationToken);
        return result.Outcome == ExecutionOutcome.Saved;
    }
}
