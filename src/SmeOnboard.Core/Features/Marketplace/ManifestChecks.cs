using System.Text.Json;
using System.Text.RegularExpressions;
using SmeOnboard.Core.Features.Marketplace.Manifests;

namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>
/// The vetting rules a schema cannot say well: every scope justified, https only, a sane price, actions only with
/// scopes the app declared, both languages present, plain text only, sizes. Each finding is (field path, reason).
/// </summary>
public static partial class ManifestChecks
{
    public static IReadOnlyList<(string Path, string Reason)> Run(AppManifest manifest, JsonElement document)
    {
        var problems = new List<(string, string)>();
        PlainTextOnly(document, "", problems);
        Texts(manifest, problems);
        Urls(manifest, problems);
        Price(manifest.Pricing, problems);
        Scopes(manifest, problems);
        Actions(manifest, problems);
        return problems;
    }

    private static void PlainTextOnly(JsonElement element, string path, List<(string, string)> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    PlainTextOnly(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", problems);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    PlainTextOnly(item, $"{path}[{index++}]", problems);
                }
                break;
            case JsonValueKind.String when Markup().IsMatch(element.GetString()!):
                // The catalogue shows vendor texts to every firm; markup would be an injection route, so none is allowed.
                problems.Add((path, "contains HTML or script; texts must be plain"));
                break;
        }
    }

    private static void Texts(AppManifest manifest, List<(string, string)> problems)
    {
        Text(manifest.Name, "name", ManifestLimits.NameLength, requireChinese: false, problems);
        Text(manifest.Tagline, "tagline", ManifestLimits.TaglineLength, requireChinese: true, problems);
        Text(manifest.Description, "description", ManifestLimits.DescriptionLength, requireChinese: true, problems);
        Text(manifest.DataStorage.Location, "dataStorage.location", ManifestLimits.ReasonLength, requireChinese: true, problems);
        for (var i = 0; i < manifest.ExternalEndpoints.Count; i++)
        {
            Text(manifest.ExternalEndpoints[i].Purpose, $"externalEndpoints[{i}].purpose", ManifestLimits.ReasonLength, requireChinese: true, problems);
        }
        for (var i = 0; i < manifest.Actions.Count; i++)
        {
            Text(manifest.Actions[i].DisplayName, $"actions[{i}].displayName", ManifestLimits.NameLength, requireChinese: false, problems);
        }
    }

    private static void Text(LocalizedText text, string path, int maxLength, bool requireChinese, List<(string, string)> problems)
    {
        foreach (var (language, value) in new[] { ("en", text.En), ("zh-CN", text.ZhCn) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(($"{path}.{language}", $"the {language} text is missing; every text is needed in English and Simplified Chinese"));
            }
            else if (value.Length > maxLength)
            {
                problems.Add(($"{path}.{language}", $"is {value.Length:N0} characters long; at most {maxLength:N0} are allowed"));
            }
        }
        if (requireChinese && !string.IsNullOrWhiteSpace(text.ZhCn) && !ChineseCharacter().IsMatch(text.ZhCn))
        {
            problems.Add(($"{path}.zh-CN", "holds no Chinese characters; give the Simplified Chinese text"));
        }
    }

    private static void Urls(AppManifest manifest, List<(string, string)> problems)
    {
        var urls = new List<(string Path, string? Url)>
        {
            ("vendor.website", manifest.Vendor.Website),
            ("privacyPolicyUrl", manifest.PrivacyPolicyUrl),
            ("support.url", manifest.Support.Url),
        };
        urls.AddRange(manifest.ExternalEndpoints.Select((e, i) => ($"externalEndpoints[{i}].url", (string?)e.Url)));
        urls.AddRange(manifest.Actions.Select((a, i) => ($"actions[{i}].webhookUrl", (string?)a.WebhookUrl)));
        foreach (var (path, url) in urls)
        {
            if (url is null)
            {
                continue;
            }
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            {
                problems.Add((path, "is not an absolute URL"));
            }
            else if (uri.Scheme != Uri.UriSchemeHttps)
            {
                problems.Add((path, $"uses {uri.Scheme}; only https URLs are allowed"));
            }
        }
    }

    private static void Price(AppPricing pricing, List<(string, string)> problems)
    {
        if (pricing.AmountMinor < 0)
        {
            problems.Add(("pricing.amountMinor", "is negative; a price cannot be below zero"));
        }
        else if (pricing.AmountMinor > ManifestLimits.MaxAmountMinor)
        {
            problems.Add(("pricing.amountMinor", $"is above the ceiling of {ManifestLimits.MaxAmountMinor:N0} minor units"));
        }
        else if (pricing.IsFree && pricing.AmountMinor != 0)
        {
            problems.Add(("pricing.amountMinor", "a free app must have the amount 0"));
        }
        else if (!pricing.IsFree && pricing.AmountMinor == 0)
        {
            problems.Add(("pricing.amountMinor", $"a {pricing.Model} price must be more than 0; use the model \"free\" otherwise"));
        }
        if (!ManifestLimits.Currencies.Contains(pricing.Currency))
        {
            problems.Add(("pricing.currency", $"must be one of {string.Join(", ", ManifestLimits.Currencies)}"));
        }
    }

    private static void Scopes(AppManifest manifest, List<(string, string)> problems)
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < manifest.DataScopes.Count; i++)
        {
            var request = manifest.DataScopes[i];
            if (!seen.Add(request.Scope))
            {
                problems.Add(($"dataScopes[{i}].scope", $"{request.Scope} is declared twice"));
            }
            foreach (var (language, reason) in new[] { ("en", request.Reason.En), ("zh-CN", request.Reason.ZhCn) })
            {
                if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < ManifestLimits.MinReasonLength)
                {
                    problems.Add(($"dataScopes[{i}].reason.{language}",
                        $"{request.Scope} has no reason; say in a sentence why the app needs it (at least {ManifestLimits.MinReasonLength} characters)"));
                }
                else if (reason.Length > ManifestLimits.ReasonLength)
                {
                    problems.Add(($"dataScopes[{i}].reason.{language}", $"is {reason.Length:N0} characters long; at most {ManifestLimits.ReasonLength} are allowed"));
                }
            }
        }
    }

    private static void Actions(AppManifest manifest, List<(string, string)> problems)
    {
        var declared = manifest.DataScopes.Select(s => s.Scope).ToHashSet();
        var names = new HashSet<string>();
        for (var i = 0; i < manifest.Actions.Count; i++)
        {
            var action = manifest.Actions[i];
            if (!names.Add(action.Name))
            {
                problems.Add(($"actions[{i}].name", $"{action.Name} is declared twice"));
            }
            for (var s = 0; s < action.RequiredScopes.Count; s++)
            {
                if (!declared.Contains(action.RequiredScopes[s]))
                {
                    problems.Add(($"actions[{i}].requiredScopes[{s}]",
                        $"{action.RequiredScopes[s]} is not among the app's dataScopes; declare it with a reason"));
                }
            }
            var inputs = new HashSet<string>();
            for (var n = 0; n < action.Inputs.Count; n++)
            {
                if (!inputs.Add(action.Inputs[n].Name))
                {
                    problems.Add(($"actions[{i}].inputs[{n}].name", $"{action.Inputs[n].Name} is declared twice"));
                }
            }
        }
    }

    /// <summary>A tag opening or closing (&lt;b&gt;, &lt;/p&gt;, &lt;!--), a javascript: link or an inline event handler.</summary>
    [GeneratedRegex(@"<\s*[a-zA-Z/!?]|javascript\s*:|\bon[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ChineseCharacter();
}
