namespace SmeOnboard.Core.Features.Marketplace.Submissions;

/// <summary>
/// The automated checks a submit runs at once. Each check yields a row, passed or failed, so the vendor and the reviewer
/// see what was checked and not only what went wrong.
/// </summary>
public static class SubmissionChecks
{
    public const string Manifest = "manifest";
    public const string Version = "version";

    /// <summary>
    /// The manifest's schema and rules (scope reasons, https, price, action scopes, both languages, markup, sizes), then
    /// its version against the last published one.
    /// </summary>
    public static IReadOnlyList<SubmissionCheck> Run(ManifestValidation validation, string? publishedVersion, DateTimeOffset now)
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
