using Microsoft.Playwright;
using SmeOnboard.Core.Identity;
using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Infrastructure;
using SmeOnboard.Web.Features.Demo;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Tasks;

/// <summary>Two members of one role share a task on their phones: one claims it, the other sees it taken, the first finishes it.</summary>
public sealed class TaskClaimJourneyTests(PortalFixture portal) : BrowserTest(portal)
{
    protected override ViewportSize Viewport => new() { Width = 390, Height = 844 };

    [Fact]
    public async Task A_member_claims_a_role_task_another_sees_it_taken_and_the_first_completes_it_into_the_history()
    {
        var title = $"Check press guard {Guid.NewGuid():N}"[..28];
        var colleague = UniqueEmail.For("liu.mei");
        await Portal.AddColleagueAsync(DemoAccounts.FirmMemberEmail, colleague, TestPasswords.Demo, "Liu Mei", Roles.FirmMember);
        var admin = await SignedInAsync(DemoAccounts.FirmAdminEmail);
        await StartRoleTaskAsync(admin, title);

        var chen = await SignedInAsync(DemoAccounts.FirmMemberEmail);
        var chenInbox = new TaskInboxPage(chen);
        await chenInbox.GotoAsync();
        await chenInbox.RoleTab.ClickAsync();
        await chenInbox.Claim(title).ClickAsync();
        await chenInbox.MineTab.ClickAsync();
        await Expect(chenInbox.ClaimedBy(title)).ToHaveTextAsync("You have it");

        var liu = await SignedInAsync(colleague);
        var liuInbox = new TaskInboxPage(liu);
        await liuInbox.GotoAsync();
        await liuInbox.RoleTab.ClickAsync();
        await Expect(liuInbox.ClaimedBy(title)).ToHaveTextAsync("Taken by Chen Jie");
        await Expect(liuInbox.Complete(title)).ToHaveCountAsync(0);

        await chenInbox.Notes(title).FillAsync("Guard bolted, sensor tested.");
        await chenInbox.Complete(title).ClickAsync();
        await Expect(chenInbox.Card(title)).ToHaveCountAsync(0);
        await chenInbox.DoneTab.ClickAsync();
        await Expect(chenInbox.History(title)).ToContainTextAsync("Completed by Chen Jie");
        await Expect(chenInbox.History(title)).ToContainTextAsync("Guard bolted, sensor tested.");
        // Liu's open inbox hears of the completion without a reload.
        await Expect(liuInbox.Card(title)).ToHaveCountAsync(0);
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await OpenBrowserAsync();
        var signIn = new SignInPage(page);
        await signIn.GotoAsync();
        await signIn.SignInAsync(email, TestPasswords.Demo);
        return page;
    }

    // The admin publishes and starts a one-task workflow for the FirmMember role over the API, with the browser's cookie.
    private static async Task StartRoleTaskAsync(IPage admin, string title)
    {
        var id = $"claim-{Guid.NewGuid():N}"[..20];
        static object Literal(string value) => new { typeName = "String", expression = new { type = "Literal", value } };
        var definition = new
        {
            definitionId = id,
            name = title,
            variables = Array.Empty<object>(),
            root = new
            {
                type = "Flowchart",
                activities = new object[]
                {
                    new { id = "ask", type = "HumanTask", inputs = new { title = Literal(title), form = Literal("press-check"), assigneeRole = Literal("FirmMember") } },
                    new { id = "log", type = "WriteLine", inputs = new { text = Literal("checked") } },
                },
                connections = new[] { new { source = new { activity = "ask", port = "Done" }, target = new { activity = "log", port = "In" } } },
            },
        };
        var api = admin.APIRequest;
        Assert.Equal(200, (await api.PutAsync($"/api/v1/workflows/{id}/draft", new() { DataObject = definition })).Status);
        Assert.Equal(200, (await api.PostAsync($"/api/v1/workflows/{id}/publish")).Status);
        Assert.Equal(201, (await api.PostAsync($"/api/v1/workflows/{id}/instances")).Status);
    }
}
