using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Tests.Support;
using static SmeOnboard.Workflows.Tests.Support.FlowBuilder;

namespace SmeOnboard.Workflows.Tests.Persistence;

/// <summary>The in-memory store finds published definitions by start trigger as the Dapper store does (Core.Tests, WorkflowTriggerStoreTests).</summary>
public class InMemoryTriggerLookupTests
{
    private readonly InMemoryWorkflowStore _store = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static WorkflowDefinition StartsOnSignal(string id, string topic) =>
        new FlowBuilder().Add("signal", "DeviceSignal", ("topic", Lit(topic))).Add("log", "WriteLine", ("text", Lit("on"))).Connect("signal", "log").Build(id);

    private static WorkflowDefinition WaitsForSignal(string id, string topic) =>
        new FlowBuilder().Add("start", "ManualStart").Add("signal", "DeviceSignal", ("topic", Lit(topic))).Connect("start", "signal").Build(id);

    private static WorkflowDefinition StartsOnWebhook(string id, string path) =>
        new FlowBuilder().Add("hook", "Webhook", ("path", Lit(path))).Add("log", "WriteLine", ("text", Lit("called"))).Connect("hook", "log").Build(id);

    private async Task PublishAsync(string organisation, WorkflowDefinition definition)
    {
        await _store.SaveDraftAsync(organisation, definition, Ct);
        await _store.PublishAsync(organisation, definition.DefinitionId, Ct);
    }

    private async Task<string[]> FindAsync(string organisation, BookmarkKind kind, string key) =>
        (await _store.FindPublishedByTriggerAsync(organisation, kind, key, Ct)).Select(d => $"{d.DefinitionId} v{d.Version}").ToArray();

    [Fact]
    public async Task Only_published_start_triggers_of_the_organisation_with_the_same_kind_and_key_are_found()
    {
        await PublishAsync("o", StartsOnSignal("press", "plant/press"));
        await PublishAsync("o", WaitsForSignal("waits", "plant/press"));
        await PublishAsync("o", StartsOnWebhook("hook", "plant/press"));
        await PublishAsync("other", StartsOnSignal("theirs", "plant/press"));
        await _store.SaveDraftAsync("o", StartsOnSignal("draft", "plant/press"), Ct);

        Assert.Equal(["press v1"], await FindAsync("o", BookmarkKind.DeviceSignal, "plant/press"));
        Assert.Equal(["hook v1"], await FindAsync("o", BookmarkKind.Webhook, "plant/press"));
        Assert.Empty(await FindAsync("o", BookmarkKind.DeviceSignal, "plant/Press"));
    }

    [Fact]
    public async Task Publishing_a_new_version_moves_the_trigger_with_it()
    {
        await PublishAsync("o", StartsOnSignal("press", "plant/a"));
        await _store.SaveDraftAsync("o", StartsOnSignal("press", "plant/b"), Ct);

        Assert.Equal(["press v1"], await FindAsync("o", BookmarkKind.DeviceSignal, "plant/a"));
        await _store.PublishAsync("o", "press", Ct);

        Assert.Empty(await FindAsync("o", BookmarkKind.DeviceSignal, "plant/a"));
        Assert.Equal(["press v2"], await FindAsync("o", BookmarkKind.DeviceSignal, "plant/b"));
    }
}
