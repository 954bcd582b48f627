using System.Text.RegularExpressions;
using SmeOnboard.E2E.Components.Layout;
using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Account;

public sealed partial class LockoutJourneyTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_even_the_right_password_is_refused()
    {
        // A fresh account: locking a demo account would break every other journey for fifteen minutes.
        var email = UniqueEmail.For("locked");
        await Portal.RegisterFirmAdminAsync(email, TestPasswords.NewAccount, "Lock Tester");
        var signIn = new SignInPage(Page);
        var lockout = new LockoutPage(Page);
        await signIn.GotoAsync();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await signIn.SignInAsync(email, $"Wrong-password-{attempt}");
            await Expect(signIn.FormError).ToBeVisibleAsync();
        }
        await signIn.SignInAsync(email, "Wrong-password-5");

        await Expect(Page).ToHaveURLAsync(LockoutAddress());
        await Expect(lockout.Notice).ToBeVisibleAsync();

        await signIn.GotoAsync();
        await signIn.SignInAsync(email, TestPasswords.NewAccount);

        await Expect(Page).ToHaveURLAsync(LockoutAddress());
        await Expect(lockout.Notice).ToBeVisibleAsync();
        await Expect(new AppBar(Page).UserName).ToHaveCountAsync(0);
    }

    [GeneratedRegex("/account/lockout$")]
    private static partial Regex LockoutAddress();
}
