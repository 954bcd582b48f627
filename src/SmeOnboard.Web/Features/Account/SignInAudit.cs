using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Identity;

namespace SmeOnboard.Web.Features.Account;

/// <summary>
/// Records sign-ins and lockouts in the person's organisation's audit log, so a firm can see who entered its
/// workspace and when someone was guessing passwords.
/// </summary>
public sealed class SignInAudit(UserManager<AppUser> users, MembershipStore memberships, AuditLog audit)
{
    public Task SignedInAsync(string email) => RecordAsync(email, "account.signed-in", "signed in");

    public Task LockedOutAsync(string email) => RecordAsync(email, "account.locked-out", "locked out after repeated wrong passwords");

    private async Task RecordAsync(string email, string action, string what)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return;
        }
        var membership = await memberships.FindForUserAsync(user.Id);
        await audit.RecordAsync(new AuditRecord(action, "User", user.Id.ToString(), $"{user.Email} {what}", membership?.OrgId)
        {
            Actor = (user.Id, user.DisplayName),
        });
    }
}
