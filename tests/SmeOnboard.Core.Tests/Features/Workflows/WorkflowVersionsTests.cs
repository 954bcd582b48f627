using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Core.Tests.Features.Workflows;

[Collection(WorkflowClaimsCollection.Name)]
public sealed class WorkflowVersionsTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewId() => $"versions-{Guid.NewGuid():N}";

    private static async Task SaveAsync(RuntimeHarness wf, System.Security.Claims.ClaimsPrincipal user, string id, params (string Id, string Text)[] lines)
    {
        var saved = await wf.As<WorkflowDefinitions>(user).SaveDraftAsync(id, WorkflowJson.Serialize(VersionFlows.Lines(id, lines)), Ct);
        Assert.True(saved.Succeeded);
    }

    [Theory, BothDatabases]
    public async Task History_lists_the_draft_and_each_published_version_newest_first_with_its_publisher(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var admin = await wf.Portal.RegisterFirmAsync();
        var id = NewId();
        await SaveAsync(wf, admin.Principal, id, ("a", "one"));
        await wf.As<WorkflowDefinitions>(admin.Principal).PublishAsync(id, Ct);
        await SaveAsync(wf, admin.Principal, id, ("a", "two"));
        await wf.As<WorkflowDefinitions>(admin.Principal).PublishAsync(id, Ct);
        await SaveAsync(wf, admin.Principal, id, ("a", "three"));

        var versions = await wf.As<WorkflowVersions>(admin.Principal).ListAsync(id, Ct);

        Assert.Equal([3, 2, 1], versions.Select(v => v.Version));
        Assert.Equal((true, null, null), (versions[0].IsDraft, versions[0].PublishedAt, versions[0].PublishedBy));
        Assert.Equal((false, true, admin.Admin.DisplayName), (versions[1].IsDraft, versions[1].IsPublished, versions[1].PublishedBy));
        Assert.Equal((false, false, admin.Admin.DisplayName), (versions[2].IsDraft, versions[2].IsPublished, versions[2].PublishedBy));
        Assert.Equal(wf.Clock.GetUtcNow(), versions[1].PublishedAt);
    }

    [Theory, BothDatabases]
    public async Task Restoring_an_old_version_makes_it_the_next_draft_and_leaves_every_published_version_as_it_was(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = NewId();
        await wf.PublishAsync(VersionFlows.Lines(id, ("a", "one")));
        await wf.PublishAsync(VersionFlows.Lines(id, ("a", "two"), ("b", "more")));

        var restored = await wf.As<WorkflowVersions>().RestoreAsync(id, 1, Ct);

        Assert.True(restored!.Succeeded);
        Assert.Equal((3, false), (restored.Value.Version, restored.Value.IsPublished));
        var draft = (await wf.As<WorkflowDefinitions>().FindLatestAsync(id, Ct))!;
        Assert.Equal(["a"], draft.Root.Activities.Select(a => a.Id));
        Assert.Equal("one", draft.Root.Activities[0].Inputs["text"].Expression.Value!.ToString());
        var second = (await wf.As<WorkflowDefinitions>().FindVersionAsync(id, 2, Ct))!;
        Assert.Equal((2, true), (second.Root.Activities.Count, second.IsPublished));
    }

    [Theory, BothDatabases]
    public async Task Comparing_two_stored_versions_names_what_changed(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = NewId();
        await wf.PublishAsync(VersionFlows.Lines(id, ("a", "one"), ("b", "gone")));
        await wf.PublishAsync(VersionFlows.Lines(id, ("a", "two"), ("c", "new")));

        var diff = (await wf.As<WorkflowVersions>().CompareAsync(id, 1, 2, Ct))!;

        Assert.Equal(("c", "b", "a"), (Assert.Single(diff.Added).ActivityId, Assert.Single(diff.Removed).ActivityId, Assert.Single(diff.Changed).ActivityId));
        Assert.Equal(["text"], diff.Changed[0].ChangedInputs);
        Assert.Equal(("a", "c"), (diff.ConnectionsAdded.Single().Source.Activity, diff.ConnectionsAdded.Single().Target.Activity));
        Assert.Equal("b", diff.ConnectionsRemoved.Single().Target.Activity);
    }

    [Theory, BothDatabases]
    public async Task Another_firm_sees_no_versions_and_can_neither_compare_nor_restore_them(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = NewId();
        await wf.PublishAsync(VersionFlows.Lines(id, ("a", "one")));
        var other = wf.As<WorkflowVersions>(wf.Member(Roles.FirmAdmin, wf.Other));

        Assert.Empty(await other.ListAsync(id, Ct));
        Assert.Null(await other.CompareAsync(id, 1, 1, Ct));
        Assert.Null(await other.RestoreAsync(id, 1, Ct));
        Assert.Equal(1, (await wf.As<WorkflowDefinitions>().FindLatestAsync(id, Ct))!.Version);
    }
}
