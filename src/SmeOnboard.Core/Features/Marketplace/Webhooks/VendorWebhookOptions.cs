using System.ComponentModel.DataAnnotations;

namespace SmeOnboard.Core.Features.Marketplace.Webhooks;

/// <summary>How install and uninstall webhooks reach vendors: the dispatcher's pace, attempts and backoff.</summary>
public sealed class VendorWebhookOptions
{
    public const string Section = "Marketplace:Webhooks";

    /// <summary>Off on nodes that only serve pages; some node must run the dispatcher or events wait.</summary>
    public bool RunDispatcher { get; set; } = true;

    /// <summary>Plain http to localhost and 127.0.0.1 only; on in Development and tests, where a vendor's receiver runs locally.</summary>
    public bool AllowLoopbackHttp { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;

    /// <summary>Attempts at one event, the first included, before it is given up.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a dispatcher holds a claimed event; after it another one may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait after <paramref name="attempts"/> failed attempts: doubling from <see cref="InitialBackoff"/>, capped.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var seconds = InitialBackoff.TotalSeconds * Math.Pow(2, Math.Max(0, attempts - 1));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxBackoff.TotalSeconds));
    }
}
