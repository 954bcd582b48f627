using System.Net;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Tests.Features.Workflows;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Designer;

/// <summary>A note given when publishing shows in the history, and a run's page and the runs list say who started it.</summary>
public sealed class VersionNoteAndStarterPageTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_note_given_when_publishing_through_the_api_shows_in_the_version_history()
    {
        var admin = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);
        var id = WebFlows.NewId("note");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutDraftAsync(id, WebFlows.Task(id))).StatusCode);

        var published = await admin.PostAsync($"/api/v1/workflows/{id}/publish?note={Uri.EscapeDataString("Checks the order twice")}", null, Cancel);
        var history = await admin.GetStringAsync($"/workflows/{id}/history", Cancel);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Contains("data-testid=\"version-note-1\"", history);
        Assert.Contains("Checks the order twice", history);
    }

    [Fact]
    public async Task A_run_started_by_the_admin_names_them_on_its_page()
    {
        var admin = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);
        var id = WebFlows.NewId("starter");
        var started = await admin.PublishAndStartAsync(id, WebFlows.Task(id));

        var run = await admin.GetStringAsync($"/workflows/instances/{started["id"]!.GetValue<string>()}", Cancel);

        Assert.Contains("data-testid=\"started-by\">Wang Li<", run);
    }
}
