namespace SmeOnboard.Workflows.Runtime;

/// <summary>Where an instance stands between bursts.</summary>
public enum WorkflowStatus
{
    Running,
    Suspended,
    Finished,
    Faulted,
    Cancelled,
}
