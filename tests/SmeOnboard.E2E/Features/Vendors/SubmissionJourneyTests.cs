using System.Text.Json.Nodes;
using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Infrastructure;
using SmeOnboard.Web.Features.Demo;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Vendors;

public sealed class SubmissionJourneyTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_vendor_fixes_what_the_live_checks_show_submits_and_an_admin_sends_it_back_then_approves_it_into_the_catalogue()
    {
        var appId = $"journey-{Guid.NewGuid():N}"[..20];
        await SignInAsync(Page, DemoAccounts.VendorEmail);
        var submit = new SubmitAppPage(Page);
        await submit.GotoAsync();

        await submit.Manifest.FillAsync(Manifest(appId, "http://insecure.example/privacy"));
        await Expect(submit.Problems.Filter(new() { HasText = "privacyPolicyUrl" })).ToBeVisibleAsync();
        await submit.Manifest.FillAsync(Manifest(appId, "https://shopfloor-cloud.example/privacy"));
        await Expect(submit.Valid).ToBeVisibleAsync();
        await submit.Submit.ClickAsync();
        await Expect(submit.Submitted).ToContainTextAsync(appId);

        var admin = await OpenBrowserAsync();
        await SignInAsync(admin, DemoAccounts.PlatformAdminEmail);
        var review = new ReviewPage(admin);
        await review.OpenFromQueueAsync(appId);
        await review.Decision("start").ClickAsync();
        await Expect(review.State).ToHaveTextAsync("In review");
        await Expect(review.AddedScopes.First).ToBeVisibleAsync();
        await review.Comment.FillAsync("Say in the tagline that calls reach phones.");
        await review.Decision("request-changes").ClickAsync();
        await Expect(review.State).ToHaveTextAsync("Changes requested");

        await submit.OpenResubmitAsync(appId);
        await Expect(submit.Valid).ToBeVisibleAsync();
        await submit.Manifest.FillAsync(Manifest(appId, "https://shopfloor-cloud.example/privacy", "Andon calls that reach phones"));
        await Expect(submit.Valid).ToBeVisibleAsync();
        await submit.Submit.ClickAsync();
        await Expect(submit.Submitted).ToContainTextAsync(appId);

        await review.OpenFromQueueAsync(appId);
        await review.Decision("start").ClickAsync();
        await Expect(review.State).ToHaveTextAsync("In review");
        await Expect(review.Decision("approve")).ToBeDisabledAsync();
        await review.TickChecklistAsync();
        await review.Decision("approve").ClickAsync();
        await Expect(review.State).ToHaveTextAsync("Published");

        var firm = await OpenBrowserAsync();
        await SignInAsync(firm, DemoAccounts.FirmMemberEmail);
        await firm.GotoAsync($"/marketplace/{appId}");
        await Expect(firm.GetByTestId("app-name")).ToHaveTextAsync($"Calls {appId}");
    }

    private static async Task SignInAsync(Microsoft.Playwright.IPage page, string email)
    {
        var signIn = new SignInPage(page);
        await signIn.GotoAsync();
        await signIn.SignInAsync(email, TestPasswords.Demo);
    }

    private static string Manifest(string appId, string privacyUrl, string? tagline = null)
    {
        var file = Path.Combine(Artifacts.RepositoryRoot, "marketplace", "shopfloor-andon", "app.json");
        var manifest = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        manifest["id"] = appId;
        manifest["version"] = "1.0.0";
        manifest["name"]!["en"] = $"Calls {appId}";
        manifest["privacyPolicyUrl"] = privacyUrl;
        if (tagline is not null)
        {
            manifest["tagline"]!["en"] = tagline;
        }
        return manifest.ToJsonString();
    }
}
