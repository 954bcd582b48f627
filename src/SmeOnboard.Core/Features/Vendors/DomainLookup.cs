namespace SmeOnboard.Core.Features.Vendors;

/// <summary>What one place (the TXT record or the file) held: its values, or why it could not be read.</summary>
public sealed record DomainLookup(IReadOnlyList<string> Values, string? Failure = null)
{
    public static DomainLookup Found(params string[] values) => new(values);

    public static DomainLookup Absent { get; } = new([]);

    public static DomainLookup Failed(string reason) => new([], reason);
}
