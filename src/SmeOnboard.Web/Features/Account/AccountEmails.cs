using System.Net;
using Microsoft.Extensions.Localization;
using SmeOnboard.Core.Features.Email;
using SmeOnboard.Web.Resources;

namespace SmeOnboard.Web.Features.Account;

/// <summary>Composes the account emails (password reset, invitation) in the sender's current language.</summary>
public sealed class AccountEmails(IMailSender mail, IStringLocalizer<SharedResource> L)
{
    public Task SendPasswordResetAsync(string to, string displayName, string link) =>
        SendAsync(to, L["Email.Reset.Subject"], string.Format(L["Email.Reset.Body"], displayName), link, L["Email.Reset.Action"]);

    public Task SendInvitationAsync(string to, string organisationName, string inviterName, string link) =>
        SendAsync(to, string.Format(L["Email.Invite.Subject"], organisationName),
            string.Format(L["Email.Invite.Body"], inviterName, organisationName), link, L["Email.Invite.Action"]);

    private Task SendAsync(string to, string subject, string intro, string link, string action)
    {
        var text = $"{intro}\n\n{action}: {link}\n\n{L["Email.Footer"]}";
        var html = $"""
            <p>{WebUtility.HtmlEncode(intro)}</p>
            <p><a href="{WebUtility.HtmlEncode(link)}">{WebUtility.HtmlEncode(action)}</a></p>
            <p style="color:#666">{WebUtility.HtmlEncode(L["Email.Footer"])}</p>
            """;
        return mail.SendAsync(new EmailMessage(to, subject, text, html));
    }
}
