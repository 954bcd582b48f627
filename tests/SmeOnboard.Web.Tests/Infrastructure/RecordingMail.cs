using SmeOnboard.Core.Features.Email;

namespace SmeOnboard.Web.Tests.Infrastructure;

/// <summary>A mail sender that keeps what it was given, for tests of what an email says.</summary>
public sealed class RecordingMail : IMailSender
{
    public List<EmailMessage> Sent { get; } = [];

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Sent.Add(message);
        return Task.CompletedTask;
    }
}
