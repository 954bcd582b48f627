using System.Globalization;
using System.Net;
using Microsoft.Extensions.Localization;
using SmeOnboard.Core.Features.Email;
using SmeOnboard.Core.Features.Marketplace.Submissions;
using SmeOnboard.Web.Resources;

namespace SmeOnboard.Web.Features.Vendors;

/// <summary>
/// Emails a vendor's developers when a submission moves. The mover is often a platform administrator whose language
/// says nothing about the vendor's, so every message carries English and Simplified Chinese, one after the other.
/// </summary>
public sealed class SubmissionEmails(IMailSender mail, IStringLocalizer<SharedResource> L) : ISubmissionNotifier
{
    private static readonly CultureInfo[] Languages = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("zh-CN")];

    public async Task NotifyAsync(SubmissionNotice notice, IReadOnlyList<string> recipients, CancellationToken cancellationToken = default)
    {
        var parts = Languages.Select(culture => Compose(notice, culture)).ToList();
        var subject = string.Join(" / ", parts.Select(p => p.Subject));
        var text = string.Join("\n\n———\n\n", parts.Select(p => p.Text));
        var html = string.Join("<hr>", parts.Select(p => p.Html));
        foreach (var to in recipients)
        {
            await mail.SendAsync(new EmailMessage(to, subject, text, html), cancellationToken);
        }
    }

    private (string Subject, string Text, string Html) Compose(SubmissionNotice notice, CultureInfo culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        // The localizer reads the current UI culture; switched only for this synchronous block and restored at once.
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var name = culture.Name.StartsWith("zh", StringComparison.Ordinal) && notice.AppNameZh.Length > 0 ? notice.AppNameZh : notice.AppNameEn;
            var state = L[$"Submission.State.{notice.State}"].Value;
            var subject = string.Format(culture, L["Email.Submission.Subject"], name, notice.Version, state);
            var body = string.Format(culture, L["Email.Submission.Body"], name, notice.Version, state);
            var note = string.IsNullOrWhiteSpace(notice.Comment) ? null : string.Format(culture, L["Email.Submission.Comment"], notice.Comment);
            var where = L["Email.Submission.Where"].Value;
            var text = string.Join("\n\n", new[] { body, note, where, L["Email.Footer"].Value }.OfType<string>());
            var html = $"""
                <p>{WebUtility.HtmlEncode(body)}</p>
                {(note is null ? "" : $"<p><strong>{WebUtility.HtmlEncode(note)}</strong></p>")}
                <p>{WebUtility.HtmlEncode(where)}</p>
                <p style="color:#666">{WebUtility.HtmlEncode(L["Email.Footer"])}</p>
                """;
            return (subject, text, html);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
