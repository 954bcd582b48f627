using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>Each instance records who or what started it, and the instance list filters by it.</summary>
[Collection(WorkflowClaimsCollection.Name)]
public sealed class WorkflowStartedByTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_manual_start_records_the_member_and_a_device_signal_records_device_and_the_list_filters_by_each(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var admin = await wf.Portal.RegisterFirmAsync();
        var manual = $"started-manual-{Guid.NewGuid():N}";
        var topic = $"press/{Guid.NewGuid():N}/state";
        await wf.PublishAsync(RuntimeFlows.SignalTrigger($"started-device-{Guid.NewGuid():N}", topic), admin.Organisation);
        await wf.PublishAsync(RuntimeFlows.Task(manual, Roles.FirmMember), admin.Organisation);
        var byHand = (await wf.As<WorkflowRuntime>(admin.Principal).StartAsync(manual, null, Ct))!.Value.Id;
        wf.Clock.Advance(TimeSpan.FromMinutes(1));
        var byDevice = (await wf.As<WorkflowRuntime>(admin.Principal).SignalAsync(topic, null, Ct)).Started.Single();
        var runtime = wf.As<WorkflowRuntime>(admin.Principal);

        var mine = await runtime.SearchInstancesAsync(new InstanceQuery { StartedBy = StartedBy.User(admin.Admin.Id) }, Ct);
        var devices = await runtime.SearchInstancesAsync(new InstanceQuery { StartedBy = StartedBy.Device }, Ct);
        var timers = await runtime.SearchInstancesAsync(new InstanceQuery { StartedBy = StartedBy.Timer }, Ct);
        var all = await runtime.SearchInstancesAsync(new InstanceQuery(), Ct);
        var details = await runtime.FindInstanceAsync(byHand, Ct);

        Assert.Equal([byHand], mine.Items.Select(i => i.Id));
        Assert.Equal(admin.Admin.DisplayName, mine.Items[0].StartedByName);
        Assert.Equal([byDevice], devices.Items.Select(i => i.Id));
        Assert.Equal((StartedBy.Device, null), (devices.Items[0].StartedBy, devices.Items[0].StartedByName));
        Assert.Equal(0, timers.Total);
        Assert.Equal([byDevice, byHand], all.Items.Select(i => i.Id));
        Assert.Equal((StartedBy.User(admin.Admin.Id), admin.Admin.DisplayName), (details!.Instance.StartedBy, details.StartedByName));
        Assert.Equal([(StartedBy.User(admin.Admin.Id)!, admin.Admin.DisplayName)], await runtime.ListStartersAsync(Ct));
    }

    [Theory, BothDatabases]
    public async Task Another_firms_starts_are_not_offered_in_the_started_by_filter(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var admin = await wf.Portal.RegisterFirmAsync();
        var other = await wf.Portal.RegisterFirmAsync();
        var id = $"started-other-{Guid.NewGuid():N}";
        await wf.PublishAsync(RuntimeFlows.Task(id, Roles.FirmMember), other.Organisation);
        await wf.As<WorkflowRuntime>(other.Principal).StartAsync(id, null, Ct);

        var starters = await wf.As<WorkflowRuntime>(admin.Principal).ListStartersAsync(Ct);
        var found = await wf.As<WorkflowRuntime>(admin.Principal).SearchInstancesAsync(new InstanceQuery { StartedBy = StartedBy.User(other.Admin.Id) }, Ct);

        Assert.Empty(starters);
        Assert.Equal(0, found.Total);
    }
}
