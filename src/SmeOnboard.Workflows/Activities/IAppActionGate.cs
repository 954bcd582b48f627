namespace SmeOnboard.Workflows.Activities;

/// <summary>Decides, when a CallAppAction runs, whether the organisation may call that app's action.</summary>
public interface IAppActionGate
{
    /// <summary>
    /// Null when the call may go ahead; otherwise why not, in words the person fixing the instance understands.
    /// <paramref name="executionKey"/> is the activity execution's idempotency key: the same execution decided again
    /// (a burst recomputed after a conflict) is the same attempt, not a second one.
    /// </summary>
    string? Refuse(string organisationId, string instanceId, string executionKey, string app, string action);
}
