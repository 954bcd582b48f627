namespace SmeOnboard.Workflows.Runtime;

/// <summary>The side effects a workflow asks the portal to carry out.</summary>
public enum OutboxKind
{
    HttpRequest,
    AppAction,
    Notification,

    /// <summary>A row the portal appends to one of the firm's tables (a form bound to a table), committed with the task that entered it.</summary>
    TableRow,
}
