using SmeOnboard.Workflows.Activities;

namespace SmeOnboard.Workflows.Tests.Activities;

public class ActivityRegistryTests
{
    private static readonly ActivityRegistry Registry = ActivityRegistry.CreateDefault();

    [Fact]
    public void The_registry_offers_every_built_in_activity()
    {
        string[] expected =
        [
            "ManualStart", "FormSubmitted", "Schedule", "Webhook", "DeviceSignal", "HumanTask", "Approval", "Decision", "Switch",
            "Fork", "Join", "Delay", "SetVariable", "HttpRequest", "CallAppAction", "SendNotification", "WriteLine", "Fault", "End",
        ];

        Assert.Equal(expected.Order(), Registry.Descriptors.Select(d => d.Type).Order());
    }

    [Fact]
    public void Every_descriptor_has_a_category_a_display_name_and_a_description() =>
        Assert.All(Registry.Descriptors, d => Assert.False(
            string.IsNullOrWhiteSpace(d.Category) || string.IsNullOrWhiteSpace(d.DisplayName) || string.IsNullOrWhiteSpace(d.Description)));

    [Fact]
    public void Every_dropdown_input_lists_its_options() =>
        Assert.All(Registry.Descriptors.SelectMany(d => d.Inputs).Where(i => i.UiHint == UiHint.Dropdown), i => Assert.NotEmpty(i.Options));

    [Fact]
    public void Triggers_are_marked_as_such() =>
        Assert.Equal(["DeviceSignal", "FormSubmitted", "ManualStart", "Schedule", "Webhook"],
            Registry.Descriptors.Where(d => d.IsTrigger).Select(d => d.Type).Order());
}
