namespace SmeOnboard.Workflows.Activities;

/// <summary>The result of executing or resuming an activity.</summary>
public sealed class ActivityResult
{
    private ActivityResult(ActivityResultKind kind, IReadOnlyList<string> outcomes, string? message = null)
    {
        Kind = kind;
        Outcomes = outcomes;
        Message = message;
    }

    public ActivityResultKind Kind { get; }
    public IReadOnlyList<string> Outcomes { get; }

    /// <summary>For faults: why.</summary>
    public string? Message { get; }

    public static ActivityResult Done { get; } = new(ActivityResultKind.Completed, [Outcome.Done]);
    public static ActivityResult Suspend { get; } = new(ActivityResultKind.Suspended, []);
    public static ActivityResult Finish { get; } = new(ActivityResultKind.FinishWorkflow, []);
    public static ActivityResult KeepWaiting { get; } = new(ActivityResultKind.KeepWaiting, []);

    public static ActivityResult Complete(params IReadOnlyList<string> outcomes) => new(ActivityResultKind.Completed, outcomes);
    public static ActivityResult Fault(string message) => new(ActivityResultKind.Fault, [], message);
}
