using System.Data.Common;
using System.Text.Json.Nodes;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Tests.Features.Workflows;

[Collection(WorkflowClaimsCollection.Name)]
public sealed class WorkflowBurstStoreTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_saved_instance_reads_back_with_its_state_journal_and_bookmarks(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var started = await wf.StartAsync(Flows.SignalThenMailThenDelay("press/1"));

        var instance = (await wf.Store.FindInstanceAsync(wf.Organisation, started.Instance.Id, Ct))!;
        var journal = await wf.Store.GetJournalAsync(wf.Organisation, started.Instance.Id, Ct);

        Assert.Equal((WorkflowStatus.Suspended, 1, started.Instance.CreatedAt), (instance.Status, instance.Revision, instance.CreatedAt));
        Assert.Equal(started.Instance.Bookmarks.Select(b => b.Id), instance.Bookmarks.Select(b => b.Id));
        Assert.Equal(started.Journal.Select(j => (j.Sequence, j.Kind, j.ActivityId, j.At)), journal.Select(j => (j.Sequence, j.Kind, j.ActivityId, j.At)));
    }

    [Theory, BothDatabases]
    public async Task A_burst_that_fails_half_way_keeps_nothing_of_itself(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var started = await wf.StartAsync(Flows.SignalThenMailThenDelay("press/1"));
        var resumed = wf.Runner.Resume(Flows.SignalThenMailThenDelay("press/1"), started.Instance, started.Instance.Bookmarks[0].Id);
        var timer = resumed.Timers.Single();
        // The same bookmark twice breaks its primary key after the instance, journal and removal were written.
        var broken = new BurstResult
        {
            Instance = resumed.Instance,
            PreviousRevision = resumed.PreviousRevision,
            Journal = resumed.Journal,
            BookmarksRemoved = resumed.BookmarksRemoved,
            BookmarksCreated = [timer, timer],
            Outbox = resumed.Outbox,
        };

        await Assert.ThrowsAnyAsync<DbException>(() => wf.Store.SaveBurstAsync(broken, Ct));

        var id = started.Instance.Id;
        Assert.Equal(1, (await wf.Store.FindInstanceAsync(wf.Organisation, id, Ct))!.Revision);
        Assert.Equal(started.Journal.Count, (await wf.Store.GetJournalAsync(wf.Organisation, id, Ct)).Count);
        Assert.Single(await wf.Store.FindBookmarksAsync(wf.Organisation, new Stimulus(BookmarkKind.DeviceSignal, "press/1"), Ct));
        Assert.Equal((0, 1), (await CountAsync(wf, "workflow_outbox", id), await CountAsync(wf, "workflow_bookmarks", id)));
        Assert.Equal(BurstSaveResult.Saved, await wf.Store.SaveBurstAsync(resumed, Ct));
    }

    [Theory, BothDatabases]
    public async Task A_burst_computed_from_a_stale_revision_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var definition = Flows.SignalThenMailThenDelay("press/1");
        var started = await wf.StartAsync(definition);
        var first = wf.Runner.Resume(definition, started.Instance, started.Instance.Bookmarks[0].Id, new JsonObject { ["value"] = 1 });
        var second = wf.Runner.Resume(definition, started.Instance, started.Instance.Bookmarks[0].Id, new JsonObject { ["value"] = 2 });

        Assert.Equal(BurstSaveResult.Saved, await wf.Store.SaveBurstAsync(first, Ct));
        Assert.Equal(BurstSaveResult.Conflict, await wf.Store.SaveBurstAsync(second, Ct));

        var id = started.Instance.Id;
        Assert.Equal(2, (await wf.Store.FindInstanceAsync(wf.Organisation, id, Ct))!.Revision);
        Assert.Equal(started.Journal.Count + first.Journal.Count, (await wf.Store.GetJournalAsync(wf.Organisation, id, Ct)).Count);
        Assert.Equal((1, 1), (await CountAsync(wf, "workflow_outbox", id), await CountAsync(wf, "workflow_bookmarks", id)));
    }

    [Theory, BothDatabases]
    public async Task Starting_an_instance_whose_id_is_taken_is_refused(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var started = await wf.StartAsync(Flows.Delay());
        var again = wf.Runner.Start(Flows.Delay(), new StartRequest { OrganisationId = wf.Organisation, InstanceId = started.Instance.Id });

        Assert.Equal(BurstSaveResult.Conflict, await wf.Store.SaveBurstAsync(again, Ct));
        Assert.Equal(1, await CountAsync(wf, "workflow_bookmarks", started.Instance.Id));
    }

    [Theory, BothDatabases]
    public async Task A_burst_of_only_its_instance_and_journal_started_twice_keeps_the_first_journal(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var started = await wf.StartAsync(Flows.Saying("hello", "first"));
        var again = wf.Runner.Start(Flows.Saying("hello", "second"), new StartRequest { OrganisationId = wf.Organisation, InstanceId = started.Instance.Id });

        Assert.Equal(BurstSaveResult.Conflict, await wf.Store.SaveBurstAsync(again, Ct));
        var journal = await wf.Store.GetJournalAsync(wf.Organisation, started.Instance.Id, Ct);
        Assert.Equal(started.Journal.Select(j => (j.Sequence, j.Message)), journal.Select(j => (j.Sequence, j.Message)));
    }

    [Theory, BothDatabases]
    public async Task A_stimulus_finds_exactly_the_bookmarks_with_its_kind_key_and_organisation(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var ours = await wf.StartAsync(Flows.SignalThenMailThenDelay("press/1"));
        await wf.StartAsync(Flows.SignalThenMailThenDelay("press/2"));
        var theirs = await wf.StartAsync(Flows.SignalThenMailThenDelay("press/1"), wf.Other);

        var found = Assert.Single(await wf.Store.FindBookmarksAsync(wf.Organisation, new Stimulus(BookmarkKind.DeviceSignal, "press/1"), Ct));
        var foundByThem = Assert.Single(await wf.Store.FindBookmarksAsync(wf.Other, new Stimulus(BookmarkKind.DeviceSignal, "press/1"), Ct));

        Assert.Equal((ours.Instance.Id, wf.Organisation, "press/1"), (found.InstanceId, found.OrganisationId, found.StimulusKey));
        Assert.Equal(theirs.Instance.Id, foundByThem.InstanceId);
        Assert.Empty(await wf.Store.FindBookmarksAsync(wf.Organisation, new Stimulus(BookmarkKind.Webhook, "press/1"), Ct));
    }

    [Theory, BothDatabases]
    public async Task Resumed_bookmarks_are_no_longer_found(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var definition = Flows.SignalThenMailThenDelay("press/1");
        var started = await wf.StartAsync(definition);

        await wf.Store.SaveBurstAsync(wf.Runner.Resume(definition, started.Instance, started.Instance.Bookmarks[0].Id), Ct);

        Assert.Empty(await wf.Store.FindBookmarksAsync(wf.Organisation, new Stimulus(BookmarkKind.DeviceSignal, "press/1"), Ct));
    }

    [Theory, BothDatabases]
    public async Task Another_organisation_sees_neither_the_instance_nor_its_journal(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var started = await wf.StartAsync(Flows.Delay());

        Assert.Null(await wf.Store.FindInstanceAsync(wf.Other, started.Instance.Id, Ct));
        Assert.Empty(await wf.Store.GetJournalAsync(wf.Other, started.Instance.Id, Ct));
    }

    private static Task<long> CountAsync(WorkflowStoreHarness wf, string table, string instanceId) =>
        wf.Portal.CountAsync($"SELECT COUNT(*) FROM {table} WHERE instance_id = @instanceId", new { instanceId });
}
