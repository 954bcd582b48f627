using Microsoft.Playwright;
using SmeOnboard.Core.Identity;
using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Features.Designer;
using SmeOnboard.E2E.Infrastructure;
using SmeOnboard.Web.Features.Demo;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Tasks;

/// <summary>The inbox on a 375-pixel-wide phone: a task's whole form fits the screen and can be finished there.</summary>
public sealed class PhoneInboxTests(PortalFixture portal) : BrowserTest(portal)
{
    private const int PhoneWidth = 375;

    // Sub-pixel rounding can add a pixel or two without anything being cut off.
    private const int Tolerance = 2;

    protected override ViewportSize Viewport => new() { Width = PhoneWidth, Height = 812 };

    [Fact]
    public async Task On_a_phone_a_member_fills_in_a_tasks_form_without_horizontal_scrolling_and_completes_it()
    {
        var member = UniqueEmail.For("gao.yan");
        await Portal.AddColleagueAsync(DemoAccounts.FirmAdminEmail, member, TestPasswords.Demo, "Gao Yan", Roles.FirmMember);
        var title = $"Report the laser stop {Guid.NewGuid():N}"[..30];
        await SignInAsync(Page, DemoAccounts.FirmAdminEmail);
        await StartTaskAsync(new WorkflowApi(Page), title, member);

        var phone = await OpenBrowserAsync();
        await SignInAsync(phone, member);
        var inbox = new TaskInboxPage(phone);
        await inbox.GotoAsync();
        await Expect(inbox.Card(title)).ToBeVisibleAsync();
        await inbox.ChooseAsync("machine", position: 4);
        await inbox.ChooseAsync("shift", position: 1);
        await inbox.ChooseAsync("reasonCode", position: 2);
        await inbox.FillAsync("minutes", "12");
        await inbox.FillAsync("note", "Waited for sheet steel from the store.");

        Assert.InRange(await phone.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth"), 0, PhoneWidth + Tolerance);
        var complete = inbox.Complete(title);
        await complete.ScrollIntoViewIfNeededAsync();
        await Expect(complete).ToBeInViewportAsync(new() { Ratio = 1 });
        // From the top, so the fixed app bar sits where a person sees it in the full-page picture.
        await phone.EvaluateAsync("() => window.scrollTo(0, 0)");
        await phone.ScreenshotAsync(new() { Path = Artifacts.ScreenshotPath("inbox-phone-task-form"), FullPage = true });
        await complete.ClickAsync();

        await Expect(inbox.Card(title)).ToHaveCountAsync(0);
        await inbox.DoneTab.ClickAsync();
        await Expect(inbox.History(title)).ToContainTextAsync("Gao Yan");
        Assert.InRange(await phone.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth"), 0, PhoneWidth + Tolerance);
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        var signIn = new SignInPage(page);
        await signIn.GotoAsync();
        await signIn.SignInAsync(email, TestPasswords.Demo);
    }

    // The admin publishes and starts a one-task workflow over the API: the "Machine stop" form, for one member.
    private static async Task StartTaskAsync(WorkflowApi api, string title, string assignee)
    {
        var id = $"phone-{Guid.NewGuid():N}"[..20];
        static object Literal(string value) => new { typeName = "String", expression = new { type = "Literal", value } };
        await api.SaveDraftAsync(id, new
        {
            definitionId = id,
            name = title,
            root = new
            {
                type = "Flowchart",
                activities = new object[]
                {
                    new { id = "ask", type = "HumanTask", inputs = new { title = Literal(title), form = Literal("machine-downtime-downtime-stop"), assigneeUser = Literal(assignee) } },
                    new { id = "log", type = "WriteLine", inputs = new { text = Literal("reported") } },
                },
                connections = new[] { new { source = new { activity = "ask", port = "Done" }, target = new { activity = "log", port = "In" } } },
            },
        });
        await api.PublishAsync(id);
        await api.StartAsync(id);
    }
}
