using System.Text.Json.Nodes;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>An app's signed callback resumes exactly the CallAppAction that waits for it, in its own organisation.</summary>
public sealed class AppCallbackReceiverTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_signed_callback_resumes_the_waiting_call_with_its_data(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var (instanceId, key) = await StartWaitingAsync(wf);
        var other = await StartWaitingAsync(wf);
        var body = Body(instanceId, key, new JsonObject { ["tracking"] = "T-1" });

        var outcome = await Receiver(wf).ReceiveAsync(RuntimeHarness.AppId, Sign(wf, RuntimeHarness.AppSecret, body), body, Ct);

        Assert.Equal(AppCallbackOutcome.Resumed, outcome);
        var details = await wf.As<WorkflowRuntime>().FindInstanceAsync(instanceId, Ct);
        Assert.Equal(WorkflowStatus.Finished, details!.Instance.Status);
        Assert.Equal("T-1", details.Instance.Variables["reply"]!["tracking"]!.GetValue<string>());
        Assert.Equal(WorkflowStatus.Suspended, (await wf.As<WorkflowRuntime>().FindInstanceAsync(other.InstanceId, Ct))!.Instance.Status);
        // The callback is taken once: the same call again finds nothing.
        Assert.Equal(AppCallbackOutcome.NotFound, await Receiver(wf).ReceiveAsync(RuntimeHarness.AppId, Sign(wf, RuntimeHarness.AppSecret, body), body, Ct));
    }

    [Theory, BothDatabases]
    public async Task A_callback_resumes_the_instance_in_the_organisation_that_waits(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var (instanceId, key) = await StartWaitingAsync(wf, wf.Other);
        var body = Body(instanceId, key, null);

        Assert.Equal(AppCallbackOutcome.Resumed, await Receiver(wf).ReceiveAsync(RuntimeHarness.AppId, Sign(wf, RuntimeHarness.AppSecret, body), body, Ct));

        var member = wf.Member(organisation: wf.Other);
        Assert.Equal(WorkflowStatus.Finished, (await wf.As<WorkflowRuntime>(member).FindInstanceAsync(instanceId, Ct))!.Instance.Status);
        Assert.Null(await wf.As<WorkflowRuntime>().FindInstanceAsync(instanceId, Ct));
    }

    [Theory, BothDatabases]
    public async Task A_wrong_missing_or_stale_signature_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var (instanceId, key) = await StartWaitingAsync(wf);
        var body = Body(instanceId, key, null);
        var receiver = Receiver(wf);

        Assert.Equal(AppCallbackOutcome.Unauthorized, await receiver.ReceiveAsync(RuntimeHarness.AppId, Sign(wf, "not-the-secret", body), body, Ct));
        Assert.Equal(AppCallbackOutcome.Unauthorized, await receiver.ReceiveAsync(RuntimeHarness.AppId, null, body, Ct));
        Assert.Equal(AppCallbackOutcome.Unauthorized, await receiver.ReceiveAsync(RuntimeHarness.AppId, Sign(wf, RuntimeHarness.AppSecret, body), body + " ", Ct));
        Assert.Equal(AppCallbackOutcome.Unauthorized, await receiver.ReceiveAsync("unknown-app", Sign(wf, RuntimeHarness.AppSecret, body), body, Ct));
        var stale = AppActionSignature.Create(RuntimeHarness.AppSecret, wf.Clock.GetUtcNow() - TimeSpan.FromMinutes(6), body);
        Assert.Equal(AppCallbackOutcome.Unauthorized, await receiver.ReceiveAsync(RuntimeHarness.AppId, stale, body, Ct));

        Assert.Equal(WorkflowStatus.Suspended, (await wf.As<WorkflowRuntime>().FindInstanceAsync(instanceId, Ct))!.Instance.Status);
    }

    [Theory, BothDatabases]
    public async Task An_unknown_key_or_another_apps_callback_is_not_found(DatabaseProvider provider)
    {
        // Another vendor's app, with that vendor's own secret.
        const string otherApp = TestApps.Returns;
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var (instanceId, key) = await StartWaitingAsync(wf);
        var receiver = Receiver(wf);

        var unknown = Body(instanceId, key + "x", null);
        Assert.Equal(AppCallbackOutcome.NotFound, await receiver.ReceiveAsync(RuntimeHarness.AppId, Sign(wf, RuntimeHarness.AppSecret, unknown), unknown, Ct));
        var body = Body(instanceId, key, null);
        Assert.Equal(AppCallbackOutcome.NotFound, await receiver.ReceiveAsync(otherApp, Sign(wf, TestApps.ReturnsSecret, body), body, Ct));
        const string notACallback = """{ "callbackKey": 1 }""";
        Assert.Equal(AppCallbackOutcome.Invalid, await receiver.ReceiveAsync(RuntimeHarness.AppId, Sign(wf, RuntimeHarness.AppSecret, notACallback), notACallback, Ct));

        Assert.Equal(WorkflowStatus.Suspended, (await wf.As<WorkflowRuntime>().FindInstanceAsync(instanceId, Ct))!.Instance.Status);
    }

    private static async Task<(string InstanceId, string Key)> StartWaitingAsync(RuntimeHarness wf, Organisation? organisation = null)
    {
        var id = await wf.PublishAndStartAsync(RuntimeFlows.AppCallback($"callback-{Guid.NewGuid():N}", RuntimeHarness.AppId), organisation);
        var member = wf.Member(organisation: organisation);
        var instance = (await wf.As<WorkflowRuntime>(member).FindInstanceAsync(id, Ct))!.Instance;
        var bookmark = Assert.Single(instance.Bookmarks);
        Assert.Equal(BookmarkKind.AppCallback, bookmark.Kind);
        return (id, bookmark.StimulusKey);
    }

    private static AppCallbackReceiver Receiver(RuntimeHarness wf) => wf.NewWorker<AppCallbackReceiver>();

    private static string Body(string instanceId, string key, JsonNode? data) =>
        new JsonObject { ["instanceId"] = instanceId, ["callbackKey"] = key, ["data"] = data }.ToJsonString();

    private static string Sign(RuntimeHarness wf, string secret, string body) => AppActionSignature.Create(secret, wf.Clock.GetUtcNow(), body);
}
