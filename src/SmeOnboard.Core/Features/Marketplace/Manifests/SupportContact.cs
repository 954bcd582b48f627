namespace SmeOnboard.Core.Features.Marketplace.Manifests;

/// <summary>Where firms get help, and how soon the vendor promises to answer.</summary>
public sealed class SupportContact
{
    public string Email { get; init; } = "";
    public string? Url { get; init; }
    public int ResponseTimeHours { get; init; }
}
