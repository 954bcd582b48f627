using Microsoft.Extensions.Logging;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>
/// Loads the vetted manifests shipped in marketplace/ into the catalogue, as published versions from their vendor.
/// Safe to run on every start and on several nodes: a known version changes nothing.
/// </summary>
public sealed partial class CatalogueLoader(IDbConnectionFactory db, OrganisationStore organisations, CatalogueStore catalogue, ILogger<CatalogueLoader> logger)
{
    public async Task<CatalogueLoadReport> LoadAsync(string marketplaceFolder, CancellationToken cancellationToken = default)
    {
        var outcomes = new Dictionary<string, PublishOutcome>();
        var problems = new List<ManifestProblem>();
        var vendors = (await organisations.ListByKindAsync(OrganisationKind.Vendor, cancellationToken))
            .GroupBy(v => v.Name).ToDictionary(g => g.Key, g => g.First().Id);
        foreach (var validation in CatalogueFolder.ValidateAll(marketplaceFolder))
        {
            if (!validation.IsValid)
            {
                // A broken file must not stop the portal; CI runs `smeonboard marketplace validate` so this stays rare.
                problems.AddRange(validation.Problems);
                LogRefused(logger, validation.Folder, string.Join("; ", validation.Problems.Select(p => $"{p.Path}: {p.Reason}")));
                continue;
            }
            var manifest = validation.Manifest!;
            if (!vendors.TryGetValue(manifest.Vendor.Name, out var vendorId))
            {
                vendorId = await CreateVendorAsync(manifest.Vendor.Name, manifest.Vendor.Website, cancellationToken);
                vendors[manifest.Vendor.Name] = vendorId;
            }
            var outcome = await catalogue.PublishAsync(manifest, validation.Json, vendorId, cancellationToken);
            outcomes[manifest.Id] = outcome;
            if (outcome is PublishOutcome.Added or PublishOutcome.NewVersion)
            {
                LogPublished(logger, manifest.Id, manifest.Version, outcome);
            }
            else if (outcome == PublishOutcome.OlderThanCurrent)
            {
                LogOlder(logger, manifest.Id, manifest.Version);
            }
        }
        return new CatalogueLoadReport(outcomes, problems);
    }

    /// <summary>A shipped app's vendor that has no account yet gets an organisation, so every app has an owner.</summary>
    private async Task<Guid> CreateVendorAsync(string name, string website, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var vendor = await organisations.CreateAsync(connection, transaction, OrganisationKind.Vendor,
            new CompanyProfile { Name = name, Region = "OTHER", Website = website });
        await transaction.CommitAsync(cancellationToken);
        return vendor.Id;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue: {AppId} {Version} {Outcome}")]
    private static partial void LogPublished(ILogger logger, string appId, string version, PublishOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalogue: {AppId} {Version} is older than the published version and was not loaded")]
    private static partial void LogOlder(ILogger logger, string appId, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalogue: {Folder} refused: {Problems}")]
    private static partial void LogRefused(ILogger logger, string folder, string problems);
}
