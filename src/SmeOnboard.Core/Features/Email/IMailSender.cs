namespace SmeOnboard.Core.Features.Email;

/// <summary>The one way the portal sends email.</summary>
public interface IMailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
