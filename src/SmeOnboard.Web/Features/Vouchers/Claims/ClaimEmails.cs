using System.Globalization;
using Microsoft.Extensions.Localization;
using SmeOnboard.Core.Features.Email;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Claims;
using SmeOnboard.Web.Resources;

namespace SmeOnboard.Web.Features.Vouchers.Claims;

/// <summary>Emails a firm's people the decision on their claim, in English and Simplified Chinese one after the other.</summary>
public sealed class ClaimEmails(IMailSender mail, IStringLocalizer<SharedResource> L) : IClaimNotifier
{
    public Task NotifyAsync(ClaimNotice notice, IReadOnlyList<string> recipients, CancellationToken cancellationToken = default) =>
        BilingualEmail.SendAsync(mail, recipients, culture => Compose(notice, culture), cancellationToken);

    private EmailContent Compose(ClaimNotice notice, CultureInfo culture)
    {
        var claim = notice.Claim;
        var programme = claim.ProgrammeNameIn(culture.Name);
        var approved = notice.Kind == ClaimNoticeKind.Approved;
        // Approved in part has texts of its own: what was paid, of what was claimed, and why.
        var texts = approved && claim.ApprovedInPart ? "Email.Claim.ApprovedInPart" : $"Email.Claim.{notice.Kind}";
        var amount = Money.Format(approved ? claim.ApprovedMinor ?? claim.AmountMinor : claim.AmountMinor, claim.Currency);
        var subject = string.Format(culture, L[$"{texts}.Subject"], programme);
        var body = string.Format(culture, L[$"{texts}.Body"], claim.AppNameIn(culture.Name), programme, amount,
            approved ? notice.TransferReference : notice.Reason, Money.Format(claim.AmountMinor, claim.Currency), notice.Reason);
        var where = L["Email.Claim.Where"].Value;
        return EmailContent.Notice(subject, body, null, where, L["Email.Footer"].Value);
    }
}
