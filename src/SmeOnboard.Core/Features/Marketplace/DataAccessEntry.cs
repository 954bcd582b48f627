namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>One read, write or action call an installed app made through the portal.</summary>
public sealed class DataAccessEntry
{
    public long Id { get; init; }

    /// <summary>Filled where the entry is listed without its install (refusals for apps never installed).</summary>
    public string AppId { get; init; } = "";
    public DateTimeOffset OccurredAt { get; init; }
    public string? Scope { get; init; }
    public string Action { get; init; } = "";
    public string Summary { get; init; } = "";
}
