using Microsoft.Extensions.Options;

namespace SmeOnboard.Core.Features.Email;

/// <summary>
/// Writes each message as an .eml file into the pickup folder, so the embedded default needs no mail server and
/// a platform admin (or a test) can read what would have been sent.
/// </summary>
public sealed class PickupFolderMailSender(IOptions<EmailOptions> options, TimeProvider clock) : IMailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var folder = options.Value.PickupFolder;
        Directory.CreateDirectory(folder);
        var mime = MimeMessages.Build(options.Value, message);
        mime.Date = clock.GetUtcNow();
        // Time first so a directory listing is in sending order; the Guid keeps simultaneous messages apart.
        var fileName = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}.eml";
        await mime.WriteToAsync(Path.Combine(folder, fileName), cancellationToken);
    }
}
