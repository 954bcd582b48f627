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
        await _store.SaveDraftAsync(Saying("a"), Ct);
        var second = await _store.SaveDraftAsync(Saying("b"), Ct);

        Assert.Equal((1, true, false), (second.Version, second.IsLatest, second.IsPublished));
        Assert.Null(await _store.FindPublishedAsync("greeting", Ct));
    }

    [Fact]
    public async Task Editing_after_publishing_makes_a_new_version_and_keeps_the_published_one()
    {
        await _store.SaveDraftAsync(Saying("a"), Ct);
        await _store.PublishAsync("greeting", Ct);

        var draft = await _store.SaveDraftAsync(Saying("b"), Ct);

        Assert.Equal(2, draft.Version);
        Assert.Equal(1, (await _store.FindPublishedAsync("greeting", Ct))!.Version);
    }

    [Fact]
    public async Task Publishing_a_new_version_leaves_running_instances_on_their_own_version()
    {
        await _store.SaveDraftAsync(Saying("old"), Ct);
        var v1 = (await _store.PublishAsync("greeting", Ct))!;
        var started = _runner.Start(v1, new StartRequest { OrganisationId = "o" });
        await _store.SaveBurstAsync(started, Ct);
        await _store.SaveDraftAsync(Saying("new"), Ct);
        await _store.PublishAsync("greeting", Ct);

        var instance = (await _store.FindInstanceAsync("o", started.Instance.Id, Ct))!;
        var pinned = (await _store.FindDefinitionAsync("greeting", instance.DefinitionVersion, Ct))!;
        var resumed = _runner.Resume(pinned, instance, instance.Bookmarks[0].Id, new JsonObject { ["decision"] = "Approved" });

        Assert.Equal(["old"], resumed.Lines);
        Assert.Equal(2, (await _store.FindPublishedAsync("greeting", Ct))!.Version);
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
    public async Task Due_timers_are_found_once_their_time_has_come()
    {
        var definition = new FlowBuilder().Add("wait", "Delay", ("duration", Lit("00:05:00"))).Build("timer");
        var started = _runner.Start(definition, new StartRequest { OrganisationId = "o" });
        await _store.SaveBurstAsync(started, Ct);
        var due = started.Timers.Single().DueAt!.Value;

        Assert.Empty(await _store.FindDueTimersAsync(due.AddSeconds(-1), 10, Ct));
        Assert.Single(await _store.FindDueTimersAsync(due, 10, Ct));
    }

    [Fact]
    public async Task An_outbox_message_is_kept_once_per_idempotency_key_even_if_a_burst_is_saved_twice()
    {
        var definition = new FlowBuilder().Add("mail", "SendNotification", ("toRole", Lit("FirmAdmin")), ("subject", Lit("s")), ("body", Lit("b")))
            .Build("mail");
        var burst = _runner.Start(definition, new StartRequest { OrganisationId = "o", InstanceId = "i1" });
        await _store.SaveBurstAsync(burst, Ct);
        var rerun = _runner.Start(definition, new StartRequest { OrganisationId = "o", InstanceId = "i2" });
        await _store.SaveBurstAsync(rerun, Ct);

        var pending = await _store.GetPendingOutboxAsync(10, Ct);
        await _store.MarkOutboxDoneAsync(pending[0].IdempotencyKey, Ct);

        Assert.Equal(["i1:1", "i2:1"], pending.Select(m => m.IdempotencyKey));
        Assert.Single(await _store.GetPendingOutboxAsync(10, Ct));
    }
}
