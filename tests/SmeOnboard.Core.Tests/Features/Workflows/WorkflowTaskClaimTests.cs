using System.Text.Json.Nodes;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>Claiming, releasing and completing a role's task, and the history of completed tasks.</summary>
[Collection(WorkflowClaimsCollection.Name)]
public sealed class WorkflowTaskClaimTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(RuntimeHarness Wf, string BookmarkId)> RoleTaskAsync(TestDatabases databases, DatabaseProvider provider)
    {
        var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = await wf.PublishAndStartAsync(RuntimeFlows.Task($"claim-{Guid.NewGuid():N}", Roles.FirmMember));
        var task = Assert.Single(await wf.As<WorkflowRuntime>(wf.Member(Roles.FirmMember)).ListMyTasksAsync(Ct), t => t.InstanceId == id);
        return (wf, task.BookmarkId);
    }

    [Theory, BothDatabases]
    public async Task Of_two_members_claiming_a_task_at_once_exactly_one_gets_it(DatabaseProvider provider)
    {
        var (wf, bookmarkId) = await RoleTaskAsync(databases, provider);
        await using var _ = wf;
        var ann = wf.Member(Roles.FirmMember, name: "Ann");
        var bo = wf.Member(Roles.FirmMember, name: "Bo");

        var results = await Task.WhenAll(
            Task.Run(() => wf.As<WorkflowRuntime>(ann).ClaimTaskAsync(bookmarkId, Ct), Ct),
            Task.Run(() => wf.As<WorkflowRuntime>(bo).ClaimTaskAsync(bookmarkId, Ct), Ct));

        Assert.Single(results, r => r is { Succeeded: true });
        var lost = Assert.Single(results, r => r is { Succeeded: false });
        Assert.Equal(WorkflowErrors.Taken, lost!.Errors[0].Code);
    }

    [Theory, BothDatabases]
    public async Task A_claimed_task_shows_its_claimant_to_the_others_and_only_the_claimant_may_complete_it(DatabaseProvider provider)
    {
        var (wf, bookmarkId) = await RoleTaskAsync(databases, provider);
        await using var _ = wf;
        var annId = Guid.NewGuid();
        var ann = wf.Member(Roles.FirmMember, userId: annId, name: "Ann");
        var bo = wf.Member(Roles.FirmMember, name: "Bo");

        Assert.True((await wf.As<WorkflowRuntime>(ann).ClaimTaskAsync(bookmarkId, Ct))!.Succeeded);
        var seenByBo = Assert.Single(await wf.As<WorkflowRuntime>(bo).ListMyTasksAsync(Ct), t => t.BookmarkId == bookmarkId);
        var boCompletes = await wf.As<WorkflowRuntime>(bo).CompleteTaskAsync(bookmarkId, new TaskCompletion { Fields = [] }, Ct);

        Assert.Equal(("Ann", annId), (seenByBo.Claim!.ClaimedByName, seenByBo.Claim.ClaimedBy));
        Assert.Equal(0, await wf.As<WorkflowRuntime>(bo).CountOpenTasksAsync(Ct));
        Assert.Equal(WorkflowErrors.Taken, boCompletes!.Errors[0].Code);
    }

    [Theory, BothDatabases]
    public async Task A_released_task_returns_to_the_role_and_another_member_can_claim_it(DatabaseProvider provider)
    {
        var (wf, bookmarkId) = await RoleTaskAsync(databases, provider);
        await using var _ = wf;
        var ann = wf.Member(Roles.FirmMember, name: "Ann");
        var bo = wf.Member(Roles.FirmMember, name: "Bo");
        await wf.As<WorkflowRuntime>(ann).ClaimTaskAsync(bookmarkId, Ct);

        var boReleases = await wf.As<WorkflowRuntime>(bo).ReleaseTaskAsync(bookmarkId, Ct);
        var annReleases = await wf.As<WorkflowRuntime>(ann).ReleaseTaskAsync(bookmarkId, Ct);
        var unclaimed = Assert.Single(await wf.As<WorkflowRuntime>(bo).ListMyTasksAsync(Ct), t => t.BookmarkId == bookmarkId);
        var boClaims = await wf.As<WorkflowRuntime>(bo).ClaimTaskAsync(bookmarkId, Ct);

        Assert.False(boReleases);
        Assert.True(annReleases);
        Assert.Null(unclaimed.Claim);
        Assert.True(boClaims!.Succeeded);
    }

    [Theory, BothDatabases]
    public async Task A_completed_task_is_kept_with_who_completed_it_when_and_the_values_submitted(DatabaseProvider provider)
    {
        var (wf, bookmarkId) = await RoleTaskAsync(databases, provider);
        await using var _ = wf;
        var annId = Guid.NewGuid();
        var ann = wf.Member(Roles.FirmMember, userId: annId, name: "Ann");
        await wf.As<WorkflowRuntime>(ann).ClaimTaskAsync(bookmarkId, Ct);

        var done = await wf.As<WorkflowRuntime>(ann).CompleteTaskAsync(bookmarkId, new TaskCompletion { Fields = new JsonObject { ["count"] = 12 } }, Ct);
        var history = await wf.As<WorkflowRuntime>(wf.Member(Roles.FirmMember)).ListCompletedTasksAsync(Ct);
        var otherFirm = await wf.As<WorkflowRuntime>(wf.Member(Roles.FirmAdmin, wf.Other)).ListCompletedTasksAsync(Ct);

        Assert.True(done!.Succeeded);
        var entry = Assert.Single(history, h => h.BookmarkId == bookmarkId);
        Assert.Equal(("Ann", annId, "Check the order"), (entry.CompletedByName, entry.CompletedBy, entry.Title));
        Assert.Equal(wf.Clock.GetUtcNow(), entry.CompletedAt, TimeSpan.FromSeconds(1));
        Assert.Contains(KeyValuePair.Create("count", "12"), entry.Values());
        Assert.DoesNotContain(otherFirm, h => h.BookmarkId == bookmarkId);
        Assert.DoesNotContain(await wf.As<WorkflowRuntime>(ann).ListMyTasksAsync(Ct), t => t.BookmarkId == bookmarkId);
    }

    [Theory, BothDatabases]
    public async Task Starting_a_task_and_claiming_it_each_tell_the_notifier_for_the_firm(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var heard = new List<Guid>();
        var notifier = wf.As<TaskNotifier>();
        notifier.Changed += heard.Add;

        var id = await wf.PublishAndStartAsync(RuntimeFlows.Task($"notify-{Guid.NewGuid():N}", Roles.FirmMember));
        var afterStart = heard.Count;
        var member = wf.Member(Roles.FirmMember);
        var task = Assert.Single(await wf.As<WorkflowRuntime>(member).ListMyTasksAsync(Ct), t => t.InstanceId == id);
        await wf.As<WorkflowRuntime>(member).ClaimTaskAsync(task.BookmarkId, Ct);

        Assert.Equal(1, afterStart);
        Assert.Equal([wf.Firm.Id, wf.Firm.Id], heard);
    }
}
