namespace SmeOnboard.Core.Features.Organisations;

/// <summary>A tenant: a manufacturing firm, a solution vendor, a government agency or the platform operator.</summary>
public sealed class Organisation
{
    public Guid Id { get; init; }
    public OrganisationKind Kind { get; init; }
    public string Name { get; init; } = "";
    public string? Region { get; init; }
    public string? IndustryCode { get; init; }
    public string? HeadcountBand { get; init; }
    public string? TurnoverBand { get; init; }
    public string? Website { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Optimistic concurrency: two admins editing the profile at once must not overwrite each other.</summary>
    public int Version { get; init; }
}
