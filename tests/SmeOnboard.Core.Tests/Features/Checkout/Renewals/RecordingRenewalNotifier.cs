using System.Collections.Concurrent;
using SmeOnboard.Core.Features.Checkout.Renewals;

namespace SmeOnboard.Core.Tests.Features.Checkout.Renewals;

/// <summary>What firms were told about failed renewals in one test.</summary>
internal sealed class RecordingRenewalNotifier : IRenewalNotifier
{
    public ConcurrentQueue<(RenewalNotice Notice, IReadOnlyList<string> Recipients)> Sent { get; } = new();

    public Task NotifyPastDueAsync(RenewalNotice notice, IReadOnlyList<string> recipients, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue((notice, recipients));
        return Task.CompletedTask;
    }
}
