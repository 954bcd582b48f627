namespace SmeOnboard.Workflows.Runtime;

/// <summary>Why an instance stopped with an incident.</summary>
public enum IncidentKind
{
    /// <summary>An activity threw; retried automatically under the retry policy.</summary>
    ActivityFailed,
    ScriptError,
    VariableTypeMismatch,
    InvalidInput,

    /// <summary>A Fault activity was reached.</summary>
    FaultActivity,

    /// <summary>An app action was not called: the app is not installed, is suspended, or lacks a scope the action needs.</summary>
    AppNotPermitted,

    /// <summary>A burst executed more activities than allowed, which usually means an endless loop.</summary>
    RunawayBurst,
}
