namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>The marketplace folder: one sub-folder per app; schema/ holds the manifest schema and is no app.</summary>
public static class CatalogueFolder
{
    public const string SchemaFolder = "schema";

    /// <summary>Every app folder, vetted, in name order.</summary>
    public static IReadOnlyList<ManifestValidation> ValidateAll(string marketplaceFolder)
    {
        if (!Directory.Exists(marketplaceFolder))
        {
            throw new DirectoryNotFoundException($"The marketplace folder {marketplaceFolder} does not exist.");
        }
        return Directory.EnumerateDirectories(marketplaceFolder)
            .Where(folder => Path.GetFileName(folder) is not SchemaFolder && !Path.GetFileName(folder).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(ManifestValidator.ValidateFolder)
            .ToList();
    }
}
