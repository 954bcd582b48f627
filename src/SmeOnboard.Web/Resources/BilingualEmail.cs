using System.Globalization;
using SmeOnboard.Core.Features.Email;

namespace SmeOnboard.Web.Resources;

/// <summary>
/// Sends one message in English and Simplified Chinese, one after the other: the person who triggers it (an officer,
/// a platform administrator) says nothing about the language of the people who receive it.
/// </summary>
public static class BilingualEmail
{
    private static readonly CultureInfo[] Languages = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("zh-CN")];

    /// <param name="compose">Writes the message in one language; the current UI culture is that language meanwhile.</param>
    public static async Task SendAsync(
        IMailSender mail, IReadOnlyList<string> recipients, Func<CultureInfo, EmailContent> compose, CancellationToken cancellationToken)
    {
        var parts = Languages.Select(culture => InCulture(culture, compose)).ToList();
        var subject = string.Join(" / ", parts.Select(p => p.Subject));
        var text = string.Join("\n\n———\n\n", parts.Select(p => p.Text));
        var html = string.Join("<hr>", parts.Select(p => p.Html));
        foreach (var to in recipients)
        {
            await mail.SendAsync(new EmailMessage(to, subject, text, html), cancellationToken);
        }
    }

    private static EmailContent InCulture(CultureInfo culture, Func<CultureInfo, EmailContent> compose)
    {
        var previous = CultureInfo.CurrentUICulture;
        // The localizer reads the current UI culture; switched only for this synchronous call and restored at once.
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return compose(culture);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
