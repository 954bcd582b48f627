using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>Two admins editing one draft: a save based on an old revision is refused, never written over the other's.</summary>
[Collection(WorkflowClaimsCollection.Name)]
public sealed class WorkflowDraftRevisionTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewId() => $"rev-{Guid.NewGuid():N}";

    private static string Json(string id, string text) => WorkflowJson.Serialize(VersionFlows.Lines(id, ("a", text)));

    [Theory, BothDatabases]
    public async Task The_second_of_two_editors_who_opened_the_same_draft_gets_a_conflict_and_the_first_ones_draft_stays(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = NewId();
        await wf.As<WorkflowDefinitions>().SaveDraftAsync(id, Json(id, "start"), Ct);
        var first = await wf.As<WorkflowDefinitions>().FindDraftRevisionAsync(id, Ct);
        var second = await wf.As<WorkflowDefinitions>().FindDraftRevisionAsync(id, Ct);

        var firstSave = await wf.As<WorkflowDefinitions>().SaveDraftAsync(id, Json(id, "first"), first, Ct);
        var secondSave = await wf.As<WorkflowDefinitions>().SaveDraftAsync(id, Json(id, "second"), second, Ct);

        Assert.True(firstSave.Succeeded);
        Assert.Equal(WorkflowErrors.DraftConflict, Assert.Single(secondSave.Errors).Code);
        var draft = (await wf.As<WorkflowDefinitions>().FindLatestAsync(id, Ct))!;
        Assert.Equal("first", draft.Root.Activities[0].Inputs["text"].Expression.Value!.ToString());
    }

    [Theory, BothDatabases]
    public async Task An_editor_keeps_saving_on_the_revision_each_save_returns_also_across_a_publication(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = NewId();
        var revision = await wf.As<WorkflowDefinitions>().FindDraftRevisionAsync(id, Ct);

        var one = await wf.As<WorkflowDefinitions>().SaveDraftAsync(id, Json(id, "one"), revision, Ct);
        var two = await wf.As<WorkflowDefinitions>().SaveDraftAsync(id, Json(id, "two"), one.Value.Revision, Ct);
        await wf.As<WorkflowDefinitions>().PublishAsync(id, Ct);
        var three = await wf.As<WorkflowDefinitions>().SaveDraftAsync(id, Json(id, "three"), two.Value.Revision, Ct);

        Assert.Equal(0, revision);
        Assert.Equal((1, 1), (one.Value.Definition.Version, one.Value.Revision));
        Assert.Equal((1, 2), (two.Value.Definition.Version, two.Value.Revision));
        Assert.Equal((2, 3), (three.Value.Definition.Version, three.Value.Revision));
        Assert.Equal(3, await wf.As<WorkflowDefinitions>().FindDraftRevisionAsync(id, Ct));
    }

    [Theory, BothDatabases]
    public async Task Of_two_saves_at_the_same_moment_on_one_revision_exactly_one_is_kept(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = NewId();
        var start = await wf.As<WorkflowDefinitions>().SaveDraftAsync(id, Json(id, "start"), 0, Ct);

        var saves = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Task.Run(() => wf.As<WorkflowDefinitions>().SaveDraftAsync(id, Json(id, $"editor {i}"), start.Value.Revision, Ct), Ct)));

        Assert.Single(saves, s => s.Succeeded);
        Assert.Equal(3, saves.Count(s => !s.Succeeded && s.Errors[0].Code == WorkflowErrors.DraftConflict));
    }

    [Theory, BothDatabases]
    public async Task A_version_note_is_kept_with_the_published_version_and_shown_in_its_history(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = NewId();
        await wf.As<WorkflowDefinitions>().SaveDraftAsync(id, Json(id, "one"), Ct);
        await wf.As<WorkflowDefinitions>().PublishAsync(id, "  First go: checks the press daily  ", Ct);
        await wf.As<WorkflowDefinitions>().SaveDraftAsync(id, Json(id, "two"), Ct);
        await wf.As<WorkflowDefinitions>().PublishAsync(id, Ct);
        await wf.As<WorkflowDefinitions>().SaveDraftAsync(id, Json(id, "three"), Ct);

        var versions = await wf.As<WorkflowVersions>().ListAsync(id, Ct);

        Assert.Equal([null, null, "First go: checks the press daily"], versions.Select(v => v.Note));
    }
}
