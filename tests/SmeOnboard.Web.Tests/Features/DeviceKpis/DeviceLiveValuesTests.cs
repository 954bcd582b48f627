using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SmeOnboard.Core.Features.DeviceKpis;
using SmeOnboard.Core.Identity;
using SmeOnboard.Web.Features.DeviceKpis;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.DeviceKpis;

/// <summary>The live panel of a KPI dashboard: what it shows, and how values pushed from the device pipeline reach it.</summary>
public sealed class DeviceLiveValuesTests : PortalComponentContext
{
    private static readonly DateTimeOffset Start = new(2030, 1, 7, 8, 0, 0, TimeSpan.Zero);
    private readonly Guid _firm = Guid.NewGuid();
    private readonly DeviceLiveFeed _feed = new();
    private readonly FakeTimeProvider _clock = new(Start);

    public DeviceLiveValuesTests()
    {
        Services.AddSingleton<TimeProvider>(_clock);
        Services.AddSingleton<IDeviceLiveValues>(new FakeLiveValues(_firm, _feed, Value("RUNNING", 120, Start)));
        SignInAs(Roles.FirmMember);
    }

    [Fact]
    public void A_linked_device_shows_its_state_count_this_shift_and_last_reading()
    {
        var cut = Render<DeviceLiveValues>(p => p.Add(c => c.InstallationId, Guid.NewGuid()));

        Assert.Equal("RUNNING", cut.Find("[data-testid=live-state]").TextContent.Trim());
        Assert.Equal("120", cut.Find("[data-testid=live-count]").TextContent.Trim());
        Assert.Equal("2030-01-07 08:00:00 UTC", cut.Find("[data-testid=live-last]").TextContent.Trim());
    }

    [Fact]
    public void A_value_pushed_from_the_pipeline_shows_without_a_reload()
    {
        var cut = Render<DeviceLiveValues>(p => p.Add(c => c.InstallationId, Guid.NewGuid()));
        _clock.Advance(TimeSpan.FromSeconds(2));

        _feed.Publish(Value("STOPPED", 125, _clock.GetUtcNow()));

        cut.WaitForAssertion(() => Assert.Equal("STOPPED", cut.Find("[data-testid=live-state]").TextContent.Trim()));
        Assert.Equal("125", cut.Find("[data-testid=live-count]").TextContent.Trim());
    }

    [Fact]
    public void Values_arriving_within_a_second_of_the_last_render_wait_for_the_second_to_pass()
    {
        var cut = Render<DeviceLiveValues>(p => p.Add(c => c.InstallationId, Guid.NewGuid()));

        _feed.Publish(Value("RUNNING", 121, Start.AddMilliseconds(200)));
        _feed.Publish(Value("RUNNING", 122, Start.AddMilliseconds(400)));
        Assert.Equal("120", cut.Find("[data-testid=live-count]").TextContent.Trim());

        _clock.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Equal("122", cut.Find("[data-testid=live-count]").TextContent.Trim()));
    }

    [Fact]
    public void Another_firms_device_of_the_same_id_is_not_heard()
    {
        var cut = Render<DeviceLiveValues>(p => p.Add(c => c.InstallationId, Guid.NewGuid()));
        _clock.Advance(TimeSpan.FromSeconds(2));

        _feed.Publish(new DeviceLiveValue { OrgId = Guid.NewGuid(), DeviceId = "press-1", State = "STOPPED", CountThisShift = 999, LastReadingAt = _clock.GetUtcNow() });
        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal("RUNNING", cut.Find("[data-testid=live-state]").TextContent.Trim());
        Assert.Equal("120", cut.Find("[data-testid=live-count]").TextContent.Trim());
    }

    private DeviceLiveValue Value(string state, double count, DateTimeOffset at) =>
        new() { OrgId = _firm, DeviceId = "press-1", State = state, CountThisShift = count, LastReadingAt = at, ShiftKey = "2030-01-07/early" };
}
