namespace SmeOnboard.Core.Features.Marketplace.Manifests;

/// <summary>One input of an app action.</summary>
public sealed class ActionInput
{
    public string Name { get; init; } = "";
    public string Type { get; init; } = "";
    public bool Required { get; init; }
}
