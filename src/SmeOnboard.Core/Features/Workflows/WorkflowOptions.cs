using System.ComponentModel.DataAnnotations;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>How the portal runs workflows: the background workers' pace, leases and batches, and the apps it may call.</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflows";

    /// <summary>Off on nodes that only serve pages; some node must run the workers or timers and side effects wait.</summary>
    public bool RunWorkers { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often published schedules are checked; an occurrence starts at most this long after its time.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan SchedulePollInterval { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a worker holds a claimed timer or message; after it, another worker takes over (a crashed one's work).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    [Range(1, 1000)]
    public int TimerBatchSize { get; set; } = 50;

    [Range(1, 1000)]
    public int OutboxBatchSize { get; set; } = 20;

    /// <summary>How long a burst waits for another holder of the instance's lock before it gives the work back.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a burst is recomputed when another burst of the same instance was saved first.</summary>
    [Range(0, 100)]
    public int MaxConflictRetries { get; set; } = 5;

    /// <summary>When a due timer's instance cannot take it now (faulted, busy), the timer is offered again after this.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan TimerRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts at an outbox message, the first included, before it is given up with an audit entry.</summary>
    [Range(1, 100)]
    public int OutboxMaxAttempts { get; set; } = 8;

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan OutboxInitialBackoff { get; set; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan OutboxMaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Calls of one workflow's webhook per minute from one address.</summary>
    [Range(1, 100_000)]
    public int WebhookPermitsPerMinute { get; set; } = 60;

    /// <summary>Callbacks from one app per minute from one address; each costs an HMAC before it is refused.</summary>
    [Range(1, 100_000)]
    public int AppCallbackPermitsPerMinute { get; set; } = 600;

    /// <summary>The wait before the next attempt after <paramref name="attempts"/> failed ones: doubling, capped.</summary>
    public TimeSpan OutboxBackoff(int attempts)
    {
        var seconds = OutboxInitialBackoff.TotalSeconds * Math.Pow(2, Math.Max(0, attempts - 1));
        return TimeSpan.FromSeconds(Math.Min(seconds, OutboxMaxBackoff.TotalSeconds));
    }
}
