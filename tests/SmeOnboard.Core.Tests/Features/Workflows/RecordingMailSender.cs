using System.Collections.Concurrent;
using SmeOnboard.Core.Features.Email;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>Keeps the emails workflows send, instead of sending them.</summary>
internal sealed class RecordingMailSender : IMailSender
{
    public ConcurrentQueue<EmailMessage> Sent { get; } = new();

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
