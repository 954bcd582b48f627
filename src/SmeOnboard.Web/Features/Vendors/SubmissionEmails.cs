using System.Globalization;
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
    public Task NotifyAsync(SubmissionNotice notice, IReadOnlyList<string> recipients, CancellationToken cancellationToken = default) =>
        BilingualEmail.SendAsync(mail, recipients, culture => Compose(notice, culture), cancellationToken);

    private EmailContent Compose(SubmissionNotice notice, CultureInfo culture)
    {
        var name = culture.Name.StartsWith("zh", StringComparison.Ordinal) && notice.AppNameZh.Length > 0 ? notice.AppNameZh : notice.AppNameEn;
        var state = L[$"Submission.State.{notice.State}"].Value;
        var subject = string.Format(culture, L["Email.Submission.Subject"], name, notice.Version, state);
        var body = string.Format(culture, L["Email.Submission.Body"], name, notice.Version, state);
        var note = string.IsNullOrWhiteSpace(notice.Comment) ? null : string.Format(culture, L["Email.Submission.Comment"], notice.Comment);
        var where = L["Email.Submission.Where"].Value;
        return EmailContent.Notice(subject, body, note, where, L["Email.Footer"].Value);
    }
}
