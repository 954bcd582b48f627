using Bunit;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Web.Features.Designer.Instances;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Designer;

/// <summary>Who started a run reads as a member's name or the kind of thing that started it.</summary>
public sealed class StartedByTextTests : PortalComponentContext
{
    [Fact]
    public void A_member_is_named()
    {
        var text = Render<StartedByText>(p => p.Add(x => x.StartedBy, Guid.NewGuid().ToString()).Add(x => x.Name, "Wang Li"));

        Assert.Equal("Wang Li", text.Find("[data-testid='started-by']").TextContent);
    }

    [Theory]
    [InlineData(StartedBy.Device, "A device")]
    [InlineData(StartedBy.Webhook, "A webhook")]
    [InlineData(StartedBy.Timer, "A timer")]
    public void A_device_webhook_or_timer_is_said_in_words(string startedBy, string expected)
    {
        var text = Render<StartedByText>(p => p.Add(x => x.StartedBy, startedBy));

        Assert.Equal(expected, text.Find("[data-testid='started-by']").TextContent);
    }

    [Fact]
    public void A_member_who_left_and_a_run_from_before_it_was_recorded_are_told_apart()
    {
        var left = Render<StartedByText>(p => p.Add(x => x.StartedBy, Guid.NewGuid().ToString()));
        var old = Render<StartedByText>();

        Assert.Equal("A former member", left.Find("[data-testid='started-by']").TextContent);
        Assert.Equal("—", old.Find("[data-testid='started-by']").TextContent);
    }
}
