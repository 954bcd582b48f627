using Microsoft.Extensions.Options;
using MimeKit;

namespace SmeOnboard.Core.Features.Email;

/// <summary>Reads back what the pickup-folder sender wrote, newest first.</summary>
public sealed class PickupFolderReader(IOptions<EmailOptions> options)
{
    public async Task<IReadOnlyList<SentMail>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        var folder = new DirectoryInfo(options.Value.PickupFolder);
        if (!folder.Exists)
        {
            return [];
        }
        var messages = new List<SentMail>();
        foreach (var file in folder.EnumerateFiles("*.eml").OrderByDescending(f => f.Name, StringComparer.Ordinal).Take(limit))
        {
            var mime = await MimeMessage.LoadAsync(file.FullName, cancellationToken);
            messages.Add(new SentMail(file.Name, mime.Date.ToUniversalTime(), mime.To.ToString(), mime.Subject ?? "", mime.TextBody ?? ""));
        }
        return messages;
    }
}
