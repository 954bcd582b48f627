using System.Collections.Concurrent;
using SmeOnboard.Core.Features.Marketplace.Submissions;

namespace SmeOnboard.Core.Tests.Infrastructure;

/// <summary>Keeps each notice with its recipients instead of mailing it; the web tests check the composed email.</summary>
internal sealed class RecordingSubmissionNotifier : ISubmissionNotifier
{
    private readonly ConcurrentQueue<(SubmissionNotice Notice, IReadOnlyList<string> Recipients)> _sent = new();

    public IReadOnlyList<(SubmissionNotice Notice, IReadOnlyList<string> Recipients)> Sent => [.. _sent];

    public Task NotifyAsync(SubmissionNotice notice, IReadOnlyList<string> recipients, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue((notice, recipients));
        return Task.CompletedTask;
    }
}
