namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>What a data scope lets an app do, in both portal languages, for the disclosure a firm reads before consenting.</summary>
/// <param name="Code">e.g. "quality-records.write".</param>
/// <param name="Writes">True when the scope changes data, not only reads it.</param>
public sealed record DataScopeDescription(string Code, bool Writes, string English, string Chinese)
{
    public string In(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;
}
