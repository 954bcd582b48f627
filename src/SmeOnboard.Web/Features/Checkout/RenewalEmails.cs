using System.Globalization;
using Microsoft.Extensions.Localization;
using SmeOnboard.Core.Features.Checkout.Renewals;
using SmeOnboard.Core.Features.Email;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Web.Resources;

namespace SmeOnboard.Web.Features.Checkout;

/// <summary>Emails a firm's people, in English and Simplified Chinese, that a renewal failed and the subscription is past due.</summary>
public sealed class RenewalEmails(IMailSender mail, IStringLocalizer<SharedResource> L) : IRenewalNotifier
{
    public Task NotifyPastDueAsync(RenewalNotice notice, IReadOnlyList<string> recipients, CancellationToken cancellationToken = default) =>
        BilingualEmail.SendAsync(mail, recipients, culture => Compose(notice, culture), cancellationToken);

    private EmailContent Compose(RenewalNotice notice, CultureInfo culture)
    {
        var name = culture.Name.StartsWith("zh", StringComparison.Ordinal) ? notice.AppNameZh : notice.AppNameEn;
        var subject = string.Format(culture, L["Email.Renewal.PastDue.Subject"], name);
        var body = string.Format(culture, L["Email.Renewal.PastDue.Body"], name, Money.Format(notice.AmountMinor, notice.Currency), PastDueReasons.Describe(notice.Reason, L));
        var where = L["Email.Renewal.Where"].Value;
        return EmailContent.Notice(subject, body, null, where, L["Email.Footer"].Value);
    }
}
