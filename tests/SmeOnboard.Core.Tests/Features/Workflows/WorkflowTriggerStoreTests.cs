using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>The Dapper store's lookup of published definitions by start trigger (the workflow_triggers rows publishing keeps).</summary>
public sealed class WorkflowTriggerStoreTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Only_published_start_triggers_of_the_organisation_with_the_same_kind_and_key_are_found(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var topic = $"plant/{Guid.NewGuid():N}";
        await PublishAsync(wf, wf.Organisation, RuntimeFlows.SignalTrigger("press", topic));
        await PublishAsync(wf, wf.Organisation, RuntimeFlows.Signal("waits", topic));
        await PublishAsync(wf, wf.Organisation, RuntimeFlows.WebhookTrigger("hook", topic));
        await PublishAsync(wf, wf.Other, RuntimeFlows.SignalTrigger("theirs", topic));
        await wf.Store.SaveDraftAsync(wf.Organisation, RuntimeFlows.SignalTrigger("draft", topic), Ct);

        Assert.Equal(["press v1"], await FindAsync(wf, BookmarkKind.DeviceSignal, topic));
        Assert.Equal(["hook v1"], await FindAsync(wf, BookmarkKind.Webhook, topic));
        Assert.Empty(await FindAsync(wf, BookmarkKind.DeviceSignal, topic.ToUpperInvariant()));
    }

    [Theory, BothDatabases]
    public async Task Publishing_a_new_version_moves_the_trigger_with_it(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var (a, b) = ($"plant/{Guid.NewGuid():N}", $"plant/{Guid.NewGuid():N}");
        await PublishAsync(wf, wf.Organisation, RuntimeFlows.SignalTrigger("press", a));
        await wf.Store.SaveDraftAsync(wf.Organisation, RuntimeFlows.SignalTrigger("press", b), Ct);

        Assert.Equal(["press v1"], await FindAsync(wf, BookmarkKind.DeviceSignal, a));
        await wf.Store.PublishAsync(wf.Organisation, "press", Ct);

        Assert.Empty(await FindAsync(wf, BookmarkKind.DeviceSignal, a));
        Assert.Equal(["press v2"], await FindAsync(wf, BookmarkKind.DeviceSignal, b));
    }

    private static async Task PublishAsync(WorkflowStoreHarness wf, string organisation, WorkflowDefinition definition)
    {
        await wf.Store.SaveDraftAsync(organisation, definition, Ct);
        Assert.NotNull(await wf.Store.PublishAsync(organisation, definition.DefinitionId, Ct));
    }

    private static async Task<string[]> FindAsync(WorkflowStoreHarness wf, BookmarkKind kind, string key) =>
        (await wf.Store.FindPublishedByTriggerAsync(wf.Organisation, kind, key, Ct)).Select(d => $"{d.DefinitionId} v{d.Version}").ToArray();
}
