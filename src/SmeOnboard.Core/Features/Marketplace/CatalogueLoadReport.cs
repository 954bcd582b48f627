namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>What loading the marketplace folder did: outcomes per app id, and the apps refused with their problems.</summary>
public sealed record CatalogueLoadReport(IReadOnlyDictionary<string, PublishOutcome> Outcomes, IReadOnlyList<ManifestProblem> Problems);
