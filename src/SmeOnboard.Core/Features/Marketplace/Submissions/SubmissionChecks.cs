namespace SmeOnboard.Core.Features.Marketplace.Submissions;

/// <summary>
/// The automated checks a submit runs at once. Each check yields a row, passed or failed, so the vendor and the reviewer
/// see what was checked and not only what went wrong.
/// </summary>
public static class SubmissionChecks
{
    public const string Manifest = "manifest";
    public const string Version = "version";
    public const string Vendor = "vendor";

    /// <summary>
    /// The manifest's schema and rules (scope reasons, https, price, action scopes, both languages, markup, sizes), then
    /// its version against the last published one, then that it names the submitting organisation as its vendor.
    /// </summary>
    public static IReadOnlyList<SubmissionCheck> Run(ManifestValidation validation, string? publishedVersion, string vendorName, DateTimeOffset now)
    {
        var checks = new List<SubmissionCheck>();
        void Add(string name, bool passed, string path, string reason) =>
            checks.Add(new SubmissionCheck { Position = checks.Count, CheckName = name, Passed = passed, Path = path, Reason = reason, CheckedAt = now });

        foreach (var problem in validation.Problems)
        {
            Add(Manifest, false, problem.Path, problem.Reason);
        }
        if (validation.Problems.Count == 0)
        {
            Add(Manifest, true, "", "schema, scope reasons, https-only URLs, price, action scopes and bilingual texts are in order");
        }
        var version = validation.Manifest?.Version ?? "";
        if (publishedVersion is null)
        {
            Add(Version, true, "version", "first version of a new app");
        }
        else if (IsGreater(version, publishedVersion))
        {
            Add(Version, true, "version", $"{version} is greater than the published {publishedVersion}");
        }
        else
        {
            Add(Version, false, "version", $"must be greater than the published {publishedVersion}");
        }
        // Firms read the vendor's name on the app page; it must be the account that answers for the app.
        var named = validation.Manifest?.Vendor.Name ?? "";
        if (string.Equals(named.Trim(), vendorName.Trim(), StringComparison.Ordinal))
        {
            Add(Vendor, true, "vendor.name", $"names {vendorName}, the submitting vendor");
        }
        else
        {
            Add(Vendor, false, "vendor.name", $"is \"{named}\" but the app is submitted by \"{vendorName}\"; they must match");
        }
        return checks;
    }

    private static bool IsGreater(string version, string published)
    {
        try
        {
            return AppVersions.Compare(version, published) > 0;
        }
        catch (FormatException)
        {
            // The schema check has already reported the malformed version.
            return false;
        }
    }
}
