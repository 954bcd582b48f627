using System.Text.RegularExpressions;
using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Features.Checkout;
using SmeOnboard.E2E.Features.Marketplace;
using SmeOnboard.E2E.Features.Vouchers.Reports;
using SmeOnboard.E2E.Infrastructure;
using SmeOnboard.Web.Features.Demo;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Vouchers;

public sealed partial class VoucherJourneyTests(PortalFixture portal) : BrowserTest(portal)
{
    private const string Programme = "Suzhou SME Digital Starter Voucher 2026";
    private const string Firm = "Lianda Precision Metal Parts";

    [Fact]
    public async Task The_demo_firm_applies_the_officer_approves_the_firm_buys_an_app_with_its_voucher_and_a_sandbox_card_and_the_dashboard_shows_it()
    {
        var signIn = new SignInPage(Page);
        await signIn.GotoAsync();
        await signIn.SignInAsync(DemoAccounts.FirmAdminEmail, TestPasswords.Demo);
        var offers = new VoucherOffersPage(Page);
        await offers.GotoAsync();
        await Expect(offers.Eligible(Programme)).ToBeVisibleAsync();
        await offers.ApplyAsync(Programme, "We start with quality inspection.");
        await Expect(offers.Application(Programme)).ToContainTextAsync("Waiting");

        var officer = await OpenBrowserAsync();
        var officerSignIn = new SignInPage(officer);
        await officerSignIn.GotoAsync();
        await officerSignIn.SignInAsync(DemoAccounts.OfficerEmail, TestPasswords.Demo);
        var queue = new ApplicationQueuePage(officer);
        await queue.GotoAsync();
        await Expect(queue.Row(Firm)).ToContainTextAsync("We start with quality inspection.");
        await queue.SelectAsync(Firm);
        await queue.Approve.ClickAsync();
        await Expect(queue.Row(Firm)).ToHaveCountAsync(0);
        var dashboard = new ProgrammeDashboardPage(officer);
        await dashboard.OpenAsync(Programme);
        await Expect(dashboard.Issued).ToHaveTextAsync("1");
        await Expect(dashboard.Redeemed).ToHaveTextAsync("0");
        await Expect(dashboard.Spent).ToHaveTextAsync("CNY 0.00");

        var vouchers = new MyVouchersPage(Page);
        await vouchers.GotoAsync();
        await Expect(vouchers.Code(Programme)).ToHaveTextAsync(VoucherCode());
        await Expect(vouchers.Balance(Programme)).ToContainTextAsync("CNY 20,000.00");
        await vouchers.Category(Programme, "Quality").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/marketplace\\?category=quality$"));

        // QualiStat SPC costs CNY 599.00; the voucher pays half (Lianda's 50–99 people get the general 50 %).
        var catalogue = new CataloguePage(Page);
        await Expect(catalogue.PriceAfterVoucher("QualiStat SPC")).ToHaveTextAsync("CNY 299.50 after voucher");
        await catalogue.OpenAsync("QualiStat SPC");
        var app = new AppPage(Page);
        await Expect(app.VoucherShare).ToHaveTextAsync("− CNY 299.50");
        await Expect(app.PriceAfterVoucher).ToHaveTextAsync("CNY 299.50");
        await Page.ScreenshotAsync(new() { Path = Artifacts.ScreenshotPath("app-page-price-after-voucher") });
        var checkout = new CheckoutPage(Page);
        await checkout.GotoAsync("qualistat-spc");
        await Expect(checkout.Share).ToContainTextAsync("CNY 299.50");
        await Expect(checkout.Remainder).ToContainTextAsync("CNY 299.50");
        await Expect(checkout.SandboxLabel).ToBeVisibleAsync();
        await checkout.PlaceOrderAsync();
        await dashboard.RefreshAsync();
        await Expect(dashboard.Held).ToHaveTextAsync("CNY 299.50");
        var order = new OrderPage(Page);
        await Expect(order.SandboxCard).ToContainTextAsync("SANDBOX");
        await order.PayWithTestCardAsync("4242 4242 4242 4242");
        await Expect(order.Paid).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Artifacts.ScreenshotPath("checkout-paid-with-voucher-and-sandbox-card") });

        await vouchers.GotoAsync();
        await Expect(vouchers.Balance(Programme)).ToContainTextAsync("CNY 19,700.50");

        // The officer's open dashboard shows the purchase once refreshed: the voucher's half spent, nothing left held.
        await dashboard.RefreshAsync();
        await Expect(dashboard.Spent).ToHaveTextAsync("CNY 299.50");
        await Expect(dashboard.Held).ToHaveTextAsync("CNY 0.00");
        await Expect(dashboard.Redeemed).ToHaveTextAsync("1");
        await Expect(dashboard.SpendByCategory).ToContainTextAsync("Quality");
        await Expect(dashboard.BudgetChart).ToBeVisibleAsync();
        await officer.ScreenshotAsync(new() { Path = Artifacts.ScreenshotPath("programme-dashboard-after-a-voucher-purchase"), FullPage = true });
    }

    [GeneratedRegex("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$")]
    private static partial Regex VoucherCode();
}
