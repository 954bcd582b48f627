using SmeOnboard.Workflows.Activities.BuiltIn;

namespace SmeOnboard.Workflows.Activities;

/// <summary>The activity types the engine knows, by type name; the designer reads its descriptors.</summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, IActivity> _activities;

    public ActivityRegistry(IEnumerable<IActivity> activities) =>
        _activities = activities.ToDictionary(a => a.Descriptor.Type, StringComparer.Ordinal);

    /// <summary>A registry of every built-in activity; <paramref name="appActions"/> checks app action calls (none: all go ahead).</summary>
    public static ActivityRegistry CreateDefault(IAppActionGate? appActions = null) => new(
    [
        new ManualStart(), new FormSubmitted(), new Schedule(), new Webhook(), new DeviceSignal(),
        new HumanTask(), new Approval(), new SendNotification(),
        new Decision(), new Switch(), new Fork(), new Join(), new Fault(), new End(),
        new Delay(),
        new SetVariable(), new WriteLine(),
        new HttpRequest(), new CallAppAction(appActions),
    ]);

    public IEnumerable<ActivityDescriptor> Descriptors => _activities.Values.Select(a => a.Descriptor);

    /// <summary>The activity type with the given name, or null when the engine does not know it.</summary>
    public IActivity? Find(string type) => _activities.GetValueOrDefault(type);
}
