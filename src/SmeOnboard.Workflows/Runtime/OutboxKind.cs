namespace SmeOnboard.Workflows.Runtime;

/// <summary>The side effects a workflow asks the portal to carry out.</summary>
public enum OutboxKind
{
    HttpRequest,
    AppAction,
    Notification,
}
