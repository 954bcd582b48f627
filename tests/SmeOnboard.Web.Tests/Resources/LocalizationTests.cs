using System.Text.RegularExpressions;
using System.Xml.Linq;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Marketplace.Manifests;
using SmeOnboard.Core.Features.Marketplace.Submissions;
using SmeOnboard.Core.Identity;
using SmeOnboard.Web.Features.Reviews;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Resources;

/// <summary>English and Chinese hold the same strings, and every string the code asks for exists in both.</summary>
public sealed partial class LocalizationTests
{
    private static readonly string WebSource = RepositoryFiles.PathOf("src", "SmeOnboard.Web");
    private static readonly string CoreSource = RepositoryFiles.PathOf("src", "SmeOnboard.Core");
    private static readonly IReadOnlyDictionary<string, string> English = Load("SharedResource.resx");
    private static readonly IReadOnlyDictionary<string, string> Chinese = Load("SharedResource.zh-CN.resx");

    [Fact]
    public void Every_english_string_has_a_chinese_translation()
    {
        var missing = English.Keys.Except(Chinese.Keys).Order().ToList();

        Assert.True(missing.Count == 0, $"Missing in SharedResource.zh-CN.resx: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_chinese_string_has_an_english_original()
    {
        var missing = Chinese.Keys.Except(English.Keys).Order().ToList();

        Assert.True(missing.Count == 0, $"Missing in SharedResource.resx: {string.Join(", ", missing)}");
    }

    [Fact]
    public void No_string_is_empty_in_either_language()
    {
        var empty = English.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"en:{e.Key}")
            .Concat(Chinese.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"zh-CN:{e.Key}"))
            .ToList();

        Assert.True(empty.Count == 0, $"Empty strings: {string.Join(", ", empty)}");
    }

    [Fact]
    public void Every_key_the_web_code_asks_the_localizer_for_exists_in_both_languages()
    {
        var used = SourceFiles(WebSource).SelectMany(file => LocalizerKey().Matches(File.ReadAllText(file)).Select(m => (file, key: m.Groups["key"].Value))).ToList();

        Assert.True(used.Count > 100, $"The scan found only {used.Count} L[\"…\"] uses; has the pattern or the folder moved?");
        AssertAllExist(used);
    }

    [Fact]
    public void Every_error_code_and_menu_entry_key_exists_in_both_languages()
    {
        var used = SourceFiles(WebSource).Concat(SourceFiles(CoreSource))
            .SelectMany(file => ResourceKeyLiteral().Matches(File.ReadAllText(file)).Select(m => (file, key: m.Groups["key"].Value)))
            .ToList();

        Assert.True(used.Count > 20, $"The scan found only {used.Count} error codes and menu keys; has the pattern or the folder moved?");
        AssertAllExist(used);
    }

    [Fact]
    public void Every_key_built_from_a_role_or_organisation_kind_exists_in_both_languages()
    {
        var kinds = Enum.GetNames<OrganisationKind>();
        var built = Roles.All.Select(role => $"Role.{role}")
            .Concat(kinds.Select(kind => $"OrganisationKind.{kind}"))
            .Concat(kinds.Select(kind => $"Home.Intro.{kind}"))
            .Concat(PricingModels.All.Where(model => model != PricingModels.Free).Select(model => $"Marketplace.Price.{model}"))
            .Concat(Enum.GetNames<SubmissionState>().Select(state => $"Submission.State.{state}"))
            .Concat(Enum.GetNames<ReviewKind>().Select(kind => $"Submission.ReviewKind.{kind}"))
            .Concat(new[] { SubmissionChecks.Manifest, SubmissionChecks.Version, SubmissionChecks.Vendor }.Select(check => $"Submission.Check.{check}"))
            .Concat(ReviewActions.All.Select(decision => $"Review.Decision.{decision}"))
            .Select(key => ("(built at run time)", key));

        AssertAllExist(built);
    }

    private static void AssertAllExist(IEnumerable<(string File, string Key)> used)
    {
        var missing = used
            .Where(u => !English.ContainsKey(u.Key) || !Chinese.ContainsKey(u.Key))
            .Select(u => $"{u.Key} in {Path.GetRelativePath(RepositoryFiles.Root, u.File)} (missing in " +
                string.Join(" and ", new[] { English.ContainsKey(u.Key) ? null : "en", Chinese.ContainsKey(u.Key) ? null : "zh-CN" }.OfType<string>()) + ")")
            .Distinct()
            .ToList();
        Assert.True(missing.Count == 0, $"Keys used but not translated: {string.Join("; ", missing)}");
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(WebSource, "Resources", file)).Root!
            .Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    /// <summary>L["Some.Key"] with a literal key (interpolated keys are covered by the run-time families test).</summary>
    [GeneratedRegex("""\bL\["(?<key>[^"]+)"\]""")]
    private static partial Regex LocalizerKey();

    /// <summary>Error codes ("Errors.X", "Identity.X") handed to the UI as values, and menu entries' text keys ("Nav.X").</summary>
    [GeneratedRegex(@"""(?<key>(?:Errors|Identity|Nav)\.[A-Za-z]+)""")]
    private static partial Regex ResourceKeyLiteral();
}
