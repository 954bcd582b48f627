namespace SmeOnboard.Core.Features.Workflows;

/// <summary>Where a marketplace app receives action calls, and the secret both sides sign them with.</summary>
public sealed class AppActionEndpoint
{
    public Uri? Url { get; set; }

    /// <summary>Shared with the app's vendor; never logged.</summary>
    public string Secret { get; set; } = "";
}
