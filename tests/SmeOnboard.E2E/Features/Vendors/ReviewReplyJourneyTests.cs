using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Infrastructure;
using SmeOnboard.Web.Features.Demo;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Vendors;

public sealed class ReviewReplyJourneyTests(PortalFixture portal) : BrowserTest(portal)
{
    private const string Firm = "Ningbo Mingda Mould Works";

    [Fact]
    public async Task A_vendor_replies_once_to_a_review_from_its_dashboard_and_firms_read_the_reply_on_the_app_page()
    {
        await SignInAsync(Page, DemoAccounts.VendorEmail);
        var dashboard = new VendorDashboardPage(Page);
        await dashboard.GotoAsync();
        await Expect(dashboard.InstallsChart.Locator("svg").First).ToBeVisibleAsync();

        await dashboard.ReplyAsync(Firm, "Thank you! Cantonese voice announcements arrive in 1.5.");

        await Expect(dashboard.Review(Firm).GetByTestId("review-reply")).ToContainTextAsync("Cantonese");
        await Expect(dashboard.Review(Firm).GetByTestId("reply-open")).ToHaveCountAsync(0);
        var firm = await OpenBrowserAsync();
        await SignInAsync(firm, DemoAccounts.FirmMemberEmail);
        await firm.GotoAsync("/marketplace/shopfloor-andon");
        await firm.WaitUntilInteractiveAsync();
        await Expect(firm.GetByTestId("review").Filter(new() { HasText = Firm }).GetByTestId("review-reply")).ToContainTextAsync("Cantonese");
    }

    private static async Task SignInAsync(Microsoft.Playwright.IPage page, string email)
    {
        var signIn = new SignInPage(page);
        await signIn.GotoAsync();
        await signIn.SignInAsync(email, TestPasswords.Demo);
    }
}
