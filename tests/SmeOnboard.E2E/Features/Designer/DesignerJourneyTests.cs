using System.Text.Json;
using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Infrastructure;
using SmeOnboard.Web.Features.Demo;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Designer;

public sealed class DesignerJourneyTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_firm_admin_drops_two_activities_connects_them_sees_the_draft_saved_and_publishes()
    {
        var signIn = new SignInPage(Page);
        await signIn.GotoAsync();
        await signIn.SignInAsync(DemoAccounts.FirmAdminEmail, TestPasswords.Demo);
        var designer = new DesignerPage(Page);
        await designer.CreateAsync($"Greeting {Guid.NewGuid():N}"[..20]);

        await designer.DropAsync("ManualStart", 110, 150);
        await designer.DropAsync("WriteLine", 360, 260);
        await Expect(designer.Node("manualStart1")).ToBeVisibleAsync();
        await Expect(designer.Node("writeLine1")).ToBeVisibleAsync();
        await designer.ConnectAsync("manualStart1", "Done", "writeLine1");

        await Expect(designer.Edges).ToHaveCountAsync(1);
        // "Saved" is also the state before any change, so wait for the draft itself to hold the connection first.
        var definitionId = new Uri(Page.Url).Segments[^1];
        await WaitForDraftAsync(definitionId, draft => draft.GetProperty("document").GetProperty("root").GetProperty("connections").GetArrayLength() == 1);
        await Expect(designer.SaveState).ToHaveTextAsync("Saved");
        await designer.Publish.ClickAsync();

        await Expect(designer.PublishedState).ToContainTextAsync("Published v");
        await WaitForDraftAsync(definitionId, draft => draft.GetProperty("publishedVersion").ValueKind == JsonValueKind.Number);
    }

    private async Task WaitForDraftAsync(string definitionId, Func<JsonElement, bool> condition)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var response = await Page.APIRequest.GetAsync($"/api/v1/workflows/{definitionId}");
            if (response.Ok && await response.JsonAsync() is { } draft && condition(draft))
                return;
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
        Assert.Fail($"The draft of {definitionId} never reached the expected state.");
    }
}
