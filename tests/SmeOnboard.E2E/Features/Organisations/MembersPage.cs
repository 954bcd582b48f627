using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Organisations;

/// <summary>/organisation/members: the member list and, for admins, the invitation form. Interactive.</summary>
public sealed class MembersPage(IPage page)
{
    public const string Path = "/organisation/members";

    public ILocator MembersTable => page.GetByTestId("members-table");

    public ILocator InvitationsTable => page.GetByTestId("invitations-table");

    public ILocator InviteEmail => page.GetByTestId("invite-email");

    public ILocator InviteSubmit => page.GetByTestId("invite-submit");

    public async Task GotoAsync()
    {
        await page.GotoAsync(Path);
        // Clicks before the circuit is live would be lost: the form is a Blazor component, not an HTML form.
        await page.WaitUntilInteractiveAsync();
    }

    public async Task InviteAsync(string email)
    {
        await InviteEmail.FillAsync(email);
        await InviteSubmit.ClickAsync();
    }
}
