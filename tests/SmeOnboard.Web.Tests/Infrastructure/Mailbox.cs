using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Email;

namespace SmeOnboard.Web.Tests.Infrastructure;

/// <summary>Reads what the portal "sent" to its pickup folder, with the app's own reader.</summary>
public static partial class Mailbox
{
    /// <summary>The one message sent to <paramref name="to"/>; the pickup sender writes before the request returns.</summary>
    public static async Task<SentMail> SingleMailToAsync(this PortalFactory portal, string to)
    {
        var messages = await portal.MailsToAsync(to);
        Assert.True(messages.Count == 1, $"Expected one message to {to} in {portal.MailFolder}, found {messages.Count}.");
        return messages[0];
    }

    /// <summary>Every message sent to <paramref name="to"/>, newest first.</summary>
    public static async Task<IReadOnlyList<SentMail>> MailsToAsync(this PortalFactory portal, string to)
    {
        var reader = portal.Services.GetRequiredService<PickupFolderReader>();
        return (await reader.ListAsync(int.MaxValue, TestContext.Current.CancellationToken))
            .Where(m => m.To.Contains(to, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    /// <summary>The portal link in a message's text, made root-relative for the test client.</summary>
    public static string LinkTo(this SentMail mail, string path)
    {
        var match = LinkPattern().Matches(mail.TextBody).FirstOrDefault(m => new Uri(m.Value).AbsolutePath == path)
            ?? throw new Xunit.Sdk.XunitException($"No link to {path} in the mail '{mail.Subject}': {mail.TextBody}");
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
