using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Workflows;

[Collection(WorkflowClaimsCollection.Name)]
public sealed class WorkflowDefinitionStoreTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_first_draft_is_version_one_and_saving_again_replaces_it(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        await wf.Store.SaveDraftAsync(wf.Organisation, Flows.Saying("greeting", "a"), Ct);

        var second = await wf.Store.SaveDraftAsync(wf.Organisation, Flows.Saying("greeting", "b"), Ct);

        Assert.Equal((1, true, false), (second.Version, second.IsLatest, second.IsPublished));
        var latest = (await wf.Store.FindLatestAsync(wf.Organisation, "greeting", Ct))!;
        Assert.Equal((1, "b"), (latest.Version, latest.Root.Activities[0].Inputs["text"].Expression.Value!.ToString()));
        Assert.Null(await wf.Store.FindPublishedAsync(wf.Organisation, "greeting", Ct));
    }

    [Theory, BothDatabases]
    public async Task Editing_after_publishing_makes_a_new_version_and_keeps_the_published_one(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        await wf.Store.SaveDraftAsync(wf.Organisation, Flows.Saying("greeting", "a"), Ct);
        var published = (await wf.Store.PublishAsync(wf.Organisation, "greeting", Ct))!;

        var draft = await wf.Store.SaveDraftAsync(wf.Organisation, Flows.Saying("greeting", "b"), Ct);

        Assert.Equal((1, true, true), (published.Version, published.IsLatest, published.IsPublished));
        Assert.Equal((2, true, false), (draft.Version, draft.IsLatest, draft.IsPublished));
        var stillPublished = (await wf.Store.FindPublishedAsync(wf.Organisation, "greeting", Ct))!;
        Assert.Equal((1, false, true), (stillPublished.Version, stillPublished.IsLatest, stillPublished.IsPublished));
    }

    [Theory, BothDatabases]
    public async Task Publishing_a_new_version_withdraws_the_old_one_but_keeps_it_for_pinned_instances(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        await wf.Store.SaveDraftAsync(wf.Organisation, Flows.Saying("greeting", "old"), Ct);
        await wf.Store.PublishAsync(wf.Organisation, "greeting", Ct);
        await wf.Store.SaveDraftAsync(wf.Organisation, Flows.Saying("greeting", "new"), Ct);

        var published = (await wf.Store.PublishAsync(wf.Organisation, "greeting", Ct))!;

        Assert.Equal((2, true, true), (published.Version, published.IsLatest, published.IsPublished));
        var first = (await wf.Store.FindDefinitionAsync(wf.Organisation, "greeting", 1, Ct))!;
        Assert.Equal((1, false, false, "old"), (first.Version, first.IsLatest, first.IsPublished, first.Root.Activities[0].Inputs["text"].Expression.Value!.ToString()));
    }

    [Theory, BothDatabases]
    public async Task Another_organisation_can_neither_read_nor_publish_a_firms_definition(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        await wf.Store.SaveDraftAsync(wf.Organisation, Flows.Saying("greeting", "a"), Ct);

        Assert.Null(await wf.Store.PublishAsync(wf.Other, "greeting", Ct));
        Assert.Null(await wf.Store.FindLatestAsync(wf.Other, "greeting", Ct));
        Assert.Null(await wf.Store.FindDefinitionAsync(wf.Other, "greeting", 1, Ct));
        Assert.Null(await wf.Store.FindPublishedAsync(wf.Organisation, "greeting", Ct));
    }

    [Theory, BothDatabases]
    public async Task Two_organisations_keep_their_own_versions_of_the_same_definition_id(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        await wf.Store.SaveDraftAsync(wf.Organisation, Flows.Saying("greeting", "ours"), Ct);
        await wf.Store.PublishAsync(wf.Organisation, "greeting", Ct);

        var theirs = await wf.Store.SaveDraftAsync(wf.Other, Flows.Saying("greeting", "theirs"), Ct);

        Assert.Equal((1, false), (theirs.Version, theirs.IsPublished));
        Assert.Equal("ours", (await wf.Store.FindPublishedAsync(wf.Organisation, "greeting", Ct))!.Root.Activities[0].Inputs["text"].Expression.Value!.ToString());
    }
}
