using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Tests.Support;
using static SmeOnboard.Workflows.Tests.Support.FlowBuilder;

namespace SmeOnboard.Workflows.Tests.Persistence;

public class InMemoryWorkflowStoreTests
{
    private readonly InMemoryWorkflowStore _store = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly WorkflowRunner _runner = WorkflowRunner.CreateDefault();

    private static Model.WorkflowDefinition Saying(string text) =>
        new FlowBuilder().Add("task", "Approval", ("title", Lit("ok?")), ("assigneeRole", Lit("FirmAdmin")))
            .Add("log", "WriteLine", ("text", Lit(text))).Connect("task", "log", "Approved").Build("greeting");

    private static Model.WorkflowDefinition Waiting(string topic) =>
        new FlowBuilder().Add("signal", "DeviceSignal", ("topic", Lit(topic))).Add("log", "WriteLine", ("text", Lit(topic)))
            .Connect("signal", "log").Build("device");

    [Fact]
    public async Task A_first_draft_is_version_one_and_saving_again_replaces_it()
    {
        await _store.SaveDraftAsync("o", Saying("a"), Ct);
        var second = await _store.SaveDraftAsync("o", Saying("b"), Ct);

        Assert.Equal((1, true, false), (second.Version, second.IsLatest, second.IsPublished));
        Assert.Null(await _store.FindPublishedAsync("o", "greeting", Ct));
    }

    [Fact]
    public async Task Editing_after_publishing_makes_a_new_version_and_keeps_the_published_one()
    {
        await _store.SaveDraftAsync("o", Saying("a"), Ct);
        await _store.PublishAsync("o", "greeting", Ct);

        var draft = await _store.SaveDraftAsync("o", Saying("b"), Ct);

        Assert.Equal(2, draft.Version);
        Assert.Equal(1, (await _store.FindPublishedAsync("o", "greeting", Ct))!.Version);
    }

    [Fact]
    public async Task Publishing_a_new_version_leaves_running_instances_on_their_own_version()
    {
        await _store.SaveDraftAsync("o", Saying("old"), Ct);
        var v1 = (await _store.PublishAsync("o", "greeting", Ct))!;
        var started = _runner.Start(v1, new StartRequest { OrganisationId = "o" });
        await _store.SaveBurstAsync(started, Ct);
        await _store.SaveDraftAsync("o", Saying("new"), Ct);
        await _store.PublishAsync("o", "greeting", Ct);

        var instance = (await _store.FindInstanceAsync("o", started.Instance.Id, Ct))!;
        var pinned = (await _store.FindDefinitionAsync("o", "greeting", instance.DefinitionVersion, Ct))!;
        var resumed = _runner.Resume(pinned, instance, instance.Bookmarks[0].Id, new JsonObject { ["decision"] = "Approved" });

        Assert.Equal(["old"], resumed.Lines);
        Assert.Equal(2, (await _store.FindPublishedAsync("o", "greeting", Ct))!.Version);
    }

    [Fact]
    public async Task A_burst_computed_from_a_stale_revision_is_refused_and_changes_nothing()
    {
        var definition = Saying("a");
        var started = _runner.Start(definition, new StartRequest { OrganisationId = "o" });
        await _store.SaveBurstAsync(started, Ct);
        var approve = new JsonObject { ["decision"] = "Approved" };
        var first = _runner.Resume(definition, started.Instance, started.Instance.Bookmarks[0].Id, approve);
        var second = _runner.Resume(definition, started.Instance, started.Instance.Bookmarks[0].Id, approve);

        Assert.Equal(BurstSaveResult.Saved, await _store.SaveBurstAsync(first, Ct));
        Assert.Equal(BurstSaveResult.Conflict, await _store.SaveBurstAsync(second, Ct));
        Assert.Single(await _store.GetJournalAsync("o", started.Instance.Id, Ct), j => j.Kind == JournalKind.Log);
    }

    [Fact]
    public async Task A_stimulus_finds_exactly_the_bookmarks_with_its_kind_key_and_organisation()
    {
        foreach (var (org, topic) in new[] { ("o", "press/1"), ("o", "press/2"), ("other", "press/1") })
            await _store.SaveBurstAsync(_runner.Start(Waiting(topic), new StartRequest { OrganisationId = org }), Ct);

        var found = await _store.FindBookmarksAsync("o", new Stimulus(BookmarkKind.DeviceSignal, "press/1"), Ct);

        var bookmark = Assert.Single(found);
        Assert.Equal(("o", "press/1"), (bookmark.OrganisationId, bookmark.StimulusKey));
    }

    [Fact]
    public async Task Resumed_bookmarks_are_no_longer_found()
    {
        var definition = Waiting("press/1");
        var started = _runner.Start(definition, new StartRequest { OrganisationId = "o" });
        await _store.SaveBurstAsync(started, Ct);

        await _store.SaveBurstAsync(_runner.Resume(definition, started.Instance, started.Instance.Bookmarks[0].Id), Ct);

        Assert.Empty(await _store.FindBookmarksAsync("o", new Stimulus(BookmarkKind.DeviceSignal, "press/1"), Ct));
    }

    [Fact]
    public async Task Definitions_of_one_organisation_are_invisible_to_another()
    {
        await _store.SaveDraftAsync("o", Saying("a"), Ct);

        Assert.Null(await _store.FindLatestAsync("other", "greeting", Ct));
        Assert.Null(await _store.PublishAsync("other", "greeting", Ct));
        Assert.Null(await _store.FindPublishedAsync("o", "greeting", Ct));
    }

    [Fact]
    public async Task A_due_timer_is_claimed_once_until_its_lease_ends()
    {
        var (due, _) = await SaveTimerAsync();
        var lease = due.AddMinutes(1);

        Assert.Empty(await _store.ClaimDueTimersAsync(due.AddSeconds(-1), 10, lease, Ct));
        Assert.Single(await _store.ClaimDueTimersAsync(due, 10, lease, Ct));
        Assert.Empty(await _store.ClaimDueTimersAsync(due, 10, lease, Ct));
        Assert.Single(await _store.ClaimDueTimersAsync(lease, 10, lease.AddMinutes(1), Ct));
    }

    [Fact]
    public async Task A_timer_completes_once_and_only_under_its_latest_claim()
    {
        var (due, _) = await SaveTimerAsync();
        var stale = Assert.Single(await _store.ClaimDueTimersAsync(due, 10, due.AddMinutes(1), Ct));
        var current = Assert.Single(await _store.ClaimDueTimersAsync(due.AddMinutes(2), 10, due.AddMinutes(3), Ct));

        Assert.False(await _store.CompleteTimerAsync(stale, Ct));
        Assert.True(await _store.CompleteTimerAsync(current, Ct));
        Assert.False(await _store.CompleteTimerAsync(current, Ct));
        Assert.Empty(await _store.ClaimDueTimersAsync(due.AddHours(1), 10, due.AddHours(2), Ct));
    }

    [Fact]
    public async Task A_released_timer_can_be_claimed_again_from_the_time_given()
    {
        var (due, _) = await SaveTimerAsync();
        var claim = Assert.Single(await _store.ClaimDueTimersAsync(due, 10, due.AddMinutes(5), Ct));

        Assert.True(await _store.ReleaseTimerAsync(claim, due.AddMinutes(1), Ct));

        Assert.Empty(await _store.ClaimDueTimersAsync(due, 10, due.AddMinutes(5), Ct));
        Assert.Single(await _store.ClaimDueTimersAsync(due.AddMinutes(1), 10, due.AddMinutes(5), Ct));
    }

    [Fact]
    public async Task A_burst_that_resumes_a_claimed_timer_removes_it()
    {
        var (due, started) = await SaveTimerAsync();
        var claim = Assert.Single(await _store.ClaimDueTimersAsync(due, 10, due.AddMinutes(1), Ct));
        var definition = Timer();

        await _store.SaveBurstAsync(_runner.Resume(definition, started.Instance, claim.Bookmark.Id), Ct);

        Assert.False(await _store.CompleteTimerAsync(claim, Ct));
        Assert.Empty(await _store.ClaimDueTimersAsync(due.AddHours(1), 10, due.AddHours(2), Ct));
    }

    [Fact]
    public async Task An_outbox_message_is_kept_once_per_idempotency_key_and_done_once()
    {
        var definition = Mail();
        var burst = _runner.Start(definition, new StartRequest { OrganisationId = "o", InstanceId = "i1" });
        await _store.SaveBurstAsync(burst, Ct);
        await _store.SaveBurstAsync(_runner.Start(definition, new StartRequest { OrganisationId = "o", InstanceId = "i2" }), Ct);
        var now = DateTimeOffset.UtcNow;

        var claimed = await _store.ClaimOutboxAsync(now, 10, now.AddMinutes(1), Ct);

        Assert.Equal(["i1:1", "i2:1"], claimed.Select(c => c.Message.IdempotencyKey));
        Assert.True(await _store.MarkOutboxDoneAsync(claimed[0], now, Ct));
        Assert.False(await _store.MarkOutboxDoneAsync(claimed[0], now, Ct));
        var again = Assert.Single(await _store.ClaimOutboxAsync(now.AddMinutes(1), 10, now.AddMinutes(2), Ct));
        Assert.Equal(("i2:1", 2), (again.Message.IdempotencyKey, again.Attempts));
    }

    private static Model.WorkflowDefinition Timer() =>
        new FlowBuilder().Add("wait", "Delay", ("duration", Lit("00:05:00"))).Build("timer");

    private static Model.WorkflowDefinition Mail() =>
        new FlowBuilder().Add("mail", "SendNotification", ("toRole", Lit("FirmAdmin")), ("subject", Lit("s")), ("body", Lit("b")))
            .Build("mail");

    private async Task<(DateTimeOffset Due, BurstResult Started)> SaveTimerAsync()
    {
        var started = _runner.Start(Timer(), new StartRequest { OrganisationId = "o" });
        await _store.SaveBurstAsync(started, Ct);
        return (started.Timers.Single().DueAt!.Value, started);
    }
}
