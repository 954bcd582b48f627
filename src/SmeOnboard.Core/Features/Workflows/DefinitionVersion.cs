namespace SmeOnboard.Core.Features.Workflows;

/// <summary>One version of a workflow as its history lists it: the draft, or a version that was published.</summary>
public sealed class DefinitionVersion
{
    public int Version { get; init; }
    public string Name { get; init; } = "";
    public bool IsLatest { get; init; }
    public bool IsPublished { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Null for a draft that was never published.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The publisher's display name; null when unknown (published before the portal recorded it).</summary>
    public string? PublishedBy { get; init; }

    /// <summary>What the publisher wrote about this version; null when nothing (or not published yet).</summary>
    public string? Note { get; init; }

    /// <summary>The latest version while it is not published: the one the designer edits.</summary>
    public bool IsDraft => IsLatest && PublishedAt is null;
}
