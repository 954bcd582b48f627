namespace SmeOnboard.Workflows.Activities;

/// <summary>Decides, when a CallAppAction runs, whether the organisation may call that app's action.</summary>
public interface IAppActionGate
{
    /// <summary>Null when the call may go ahead; otherwise why not, in words the person fixing the instance understands.</summary>
    string? Refuse(string organisationId, string instanceId, string app, string action);
}
