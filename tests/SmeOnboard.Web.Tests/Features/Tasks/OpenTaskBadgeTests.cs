using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Web.Features.Tasks;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Tasks;

/// <summary>The open-task count on the app bar's inbox button follows the notifier without a reload, for the reader's firm only.</summary>
public sealed class OpenTaskBadgeTests : PortalComponentContext
{
    private readonly TaskNotifier _notifier = new();
    private readonly Counter _counter = new();
    private readonly Guid _firm = Guid.NewGuid();

    public OpenTaskBadgeTests()
    {
        Services.AddSingleton(_notifier);
        Services.AddSingleton<IOpenTaskCounter>(_counter);
        Services.AddSingleton<ICurrentActor>(new FirmActor(_firm));
    }

    [Fact]
    public void A_signal_for_the_firm_updates_the_count()
    {
        _counter.Open = 1;
        var badge = Render<OpenTaskBadge>();
        Assert.Equal("1", badge.Find("[data-testid='open-task-count']").TextContent.Trim());

        _counter.Open = 3;
        _notifier.Signal(_firm);

        badge.WaitForAssertion(() => Assert.Equal("3", badge.Find("[data-testid='open-task-count']").TextContent.Trim()));
    }

    [Fact]
    public void A_signal_for_another_firm_leaves_the_count_alone()
    {
        _counter.Open = 2;
        var badge = Render<OpenTaskBadge>();

        _counter.Open = 5;
        _notifier.Signal(Guid.NewGuid());

        Assert.Equal("2", badge.Find("[data-testid='open-task-count']").TextContent.Trim());
    }

    [Fact]
    public void No_open_tasks_shows_no_badge_and_a_disposed_badge_stops_listening()
    {
        _counter.Open = 0;
        var badge = Render<OpenTaskBadge>();
        Assert.Empty(badge.FindAll("[data-testid='open-task-count']"));

        badge.Instance.Dispose();
        _counter.Open = 4;
        _notifier.Signal(_firm);

        Assert.Equal(1, _counter.Reads);
    }

    [Fact]
    public void The_app_bar_button_leads_to_the_inbox_and_names_the_count_for_screen_readers()
    {
        _counter.Open = 120;
        var badge = Render<OpenTaskBadge>();

        var button = badge.Find("[data-testid='app-bar-tasks']");
        Assert.Equal("/tasks", button.GetAttribute("href"));
        Assert.Equal("Tasks: 120 open", button.GetAttribute("aria-label"));
        Assert.Equal("99+", badge.Find("[data-testid='open-task-count']").TextContent.Trim());
    }

    private sealed class Counter : IOpenTaskCounter
    {
        public int Open { get; set; }
        public int Reads { get; private set; }

        public Task<int> CountOpenTasksAsync(CancellationToken cancellationToken = default)
        {
            Reads++;
            return Task.FromResult(Open);
        }
    }

    private sealed class FirmActor(Guid organisationId) : ICurrentActor
    {
        public bool IsAuthenticated => true;
        public Guid? UserId { get; } = Guid.NewGuid();
        public string Name => "Test Member";
        public Guid? OrganisationId => organisationId;
        public SmeOnboard.Core.Features.Organisations.OrganisationKind? OrganisationKind => SmeOnboard.Core.Features.Organisations.OrganisationKind.Firm;
        public bool IsInRole(string role) => role == SmeOnboard.Core.Identity.Roles.FirmMember;
        public Guid RequireOrganisationId() => organisationId;
    }
}
