using System.Collections.Concurrent;
using SmeOnboard.Core.Features.Vouchers;

namespace SmeOnboard.Core.Tests.Infrastructure;

/// <summary>Keeps each voucher notice with its recipients instead of mailing it.</summary>
internal sealed class RecordingVoucherNotifier : IVoucherNotifier
{
    private readonly ConcurrentQueue<(VoucherNotice Notice, IReadOnlyList<string> Recipients)> _sent = new();

    public IReadOnlyList<(VoucherNotice Notice, IReadOnlyList<string> Recipients)> Sent => [.. _sent];

    public Task NotifyAsync(VoucherNotice notice, IReadOnlyList<string> recipients, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue((notice, recipients));
        return Task.CompletedTask;
    }
}
