namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Tells the pages open in this process that an organisation's tasks changed: a burst created or removed bookmarks, or
/// someone claimed or released a task. Pages subscribe while shown (the inbox badge, the inbox) and read afresh.
/// </summary>
/// <remarks>In process only: on several nodes each node hears its own changes (docs/decisions/task-notifier-in-process.md).</remarks>
public sealed class TaskNotifier
{
    public event Action<Guid>? Changed;

    public void Signal(Guid organisationId)
    {
        foreach (var handler in Changed?.GetInvocationList() ?? [])
        {
            try
            {
                ((Action<Guid>)handler)(organisationId);
            }
            catch (ObjectDisposedException)
            {
                // A page whose circuit just closed; its disposal unsubscribes it, and the others still hear.
            }
        }
    }
}
