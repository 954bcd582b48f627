namespace SmeOnboard.Core.Features.Workflows;

/// <summary>What became of an app's callback.</summary>
public enum AppCallbackOutcome
{
    /// <summary>The waiting activity took the callback and the instance moved on.</summary>
    Resumed,

    /// <summary>Unknown app, or a signature that is missing, wrong or too old; nothing was read further.</summary>
    Unauthorized,

    /// <summary>Signed, but the body is not a callback (JSON with instanceId and callbackKey).</summary>
    Invalid,

    /// <summary>No open callback of this app with that key on that instance (never, or already taken).</summary>
    NotFound,

    /// <summary>The instance is held by another burst or kept changing; the app may call again.</summary>
    Busy,
}
