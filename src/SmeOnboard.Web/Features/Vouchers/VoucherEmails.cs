using System.Globalization;
using Microsoft.Extensions.Localization;
using SmeOnboard.Core.Features.Email;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Web.Resources;

namespace SmeOnboard.Web.Features.Vouchers;

/// <summary>
/// Emails a firm's people about their application or voucher. The officer's language says nothing about the firm's,
/// so every message carries English and Simplified Chinese, one after the other.
/// </summary>
public sealed class VoucherEmails(IMailSender mail, IStringLocalizer<SharedResource> L) : IVoucherNotifier
{
    public Task NotifyAsync(VoucherNotice notice, IReadOnlyList<string> recipients, CancellationToken cancellationToken = default) =>
        BilingualEmail.SendAsync(mail, recipients, culture => Compose(notice, culture), cancellationToken);

    private EmailContent Compose(VoucherNotice notice, CultureInfo culture)
    {
        var name = culture.Name.StartsWith("zh", StringComparison.Ordinal) ? notice.ProgrammeNameZh : notice.ProgrammeNameEn;
        var subject = string.Format(culture, L[$"Email.Voucher.{notice.Kind}.Subject"], name);
        var body = notice.Voucher is { } voucher
            ? string.Format(culture, L[$"Email.Voucher.{notice.Kind}.Body"], name, voucher.Code, Money.Format(voucher.FaceMinor, voucher.Currency), voucher.ExpiresAt.ToString("yyyy-MM-dd", culture))
            : string.Format(culture, L[$"Email.Voucher.{notice.Kind}.Body"], name, notice.Reason);
        var where = L["Email.Voucher.Where"].Value;
        return EmailContent.Notice(subject, body, null, where, L["Email.Footer"].Value);
    }
}
