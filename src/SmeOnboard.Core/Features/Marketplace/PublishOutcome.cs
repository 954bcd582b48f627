namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>What publishing a manifest did to the catalogue.</summary>
public enum PublishOutcome
{
    /// <summary>A new app with its first version.</summary>
    Added,

    /// <summary>A higher version of a known app; it is now the current one.</summary>
    NewVersion,

    /// <summary>This version is already published; published versions never change.</summary>
    Unchanged,

    /// <summary>Lower than the current version: refused, nothing stored.</summary>
    OlderThanCurrent,
}
