using System.Collections.Concurrent;
using SmeOnboard.Core.Features.Vouchers.Claims;

namespace SmeOnboard.Core.Tests.Features.Vouchers.Claims;

/// <summary>Keeps each claim notice with its recipients instead of mailing it.</summary>
internal sealed class RecordingClaimNotifier : IClaimNotifier
{
    private readonly ConcurrentQueue<(ClaimNotice Notice, IReadOnlyList<string> Recipients)> _sent = new();

    public IReadOnlyList<(ClaimNotice Notice, IReadOnlyList<string> Recipients)> Sent => [.. _sent];

    public Task NotifyAsync(ClaimNotice notice, IReadOnlyList<string> recipients, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue((notice, recipients));
        return Task.CompletedTask;
    }
}
