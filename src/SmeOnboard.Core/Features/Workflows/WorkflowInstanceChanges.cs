namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Tells this process's listeners (a page following a test run) that an instance was saved, so they reload it instead
/// of polling. Only bursts saved by this process are heard; a listener on several nodes also re-reads now and then.
/// </summary>
public sealed class WorkflowInstanceChanges
{
    /// <summary>Raised with the instance id after each saved burst, on the thread that saved it.</summary>
    public event Action<string>? Saved;

    public void Notify(string instanceId) => Saved?.Invoke(instanceId);
}
