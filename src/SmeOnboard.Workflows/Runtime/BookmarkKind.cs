namespace SmeOnboard.Workflows.Runtime;

/// <summary>What a waiting activity waits for.</summary>
public enum BookmarkKind
{
    HumanTask,
    Approval,
    Timer,
    DeviceSignal,
    Webhook,
    AppCallback,
    FormSubmitted,

    /// <summary>The due time of an automatic retry after an activity failed.</summary>
    Retry,
}
