using SmeOnboard.Core.Features.Marketplace.Manifests;

namespace SmeOnboard.Core.Features.Marketplace.Submissions;

/// <summary>
/// What a submitted version changes against the published one, for the reviewer's side-by-side view and for choosing
/// between a full and a light review.
/// </summary>
public sealed class ManifestDiff
{
    public bool IsNewApp { get; private init; }
    public IReadOnlyList<string> ScopesAdded { get; private init; } = [];
    public IReadOnlyList<string> ScopesRemoved { get; private init; } = [];
    public IReadOnlyList<string> ScopesKept { get; private init; } = [];
    public IReadOnlyList<string> EndpointsAdded { get; private init; } = [];
    public IReadOnlyList<string> EndpointsRemoved { get; private init; } = [];
    public IReadOnlyList<TextChange> Changes { get; private init; } = [];

    /// <summary>
    /// New data or new places for it need the full review; anything else (texts, price, support) a light one, since the
    /// firm's consent covered the same scopes and destinations.
    /// </summary>
    public ReviewKind ReviewKind => IsNewApp || ScopesAdded.Count > 0 || EndpointsAdded.Count > 0 ? ReviewKind.Full : ReviewKind.Light;

    public static ManifestDiff Between(AppManifest? published, AppManifest submitted)
    {
        var after = submitted.DataScopes.Select(s => s.Scope).ToHashSet();
        var afterEndpoints = Endpoints(submitted);
        if (published is null)
        {
            return new ManifestDiff { IsNewApp = true, ScopesAdded = [.. after.Order()], EndpointsAdded = [.. afterEndpoints.Order()] };
        }
        var before = published.DataScopes.Select(s => s.Scope).ToHashSet();
        var beforeEndpoints = Endpoints(published);
        return new ManifestDiff
        {
            ScopesAdded = [.. after.Except(before).Order()],
            ScopesRemoved = [.. before.Except(after).Order()],
            ScopesKept = [.. after.Intersect(before).Order()],
            EndpointsAdded = [.. afterEndpoints.Except(beforeEndpoints).Order()],
            EndpointsRemoved = [.. beforeEndpoints.Except(afterEndpoints).Order()],
            Changes = Changed(published, submitted).ToList(),
        };
    }

    /// <summary>Every URL the app sends firm data to: its declared endpoints and its action webhooks.</summary>
    private static HashSet<string> Endpoints(AppManifest manifest) =>
        manifest.ExternalEndpoints.Select(e => e.Url).Concat(manifest.Actions.Select(a => a.WebhookUrl))
            .Where(url => url.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<TextChange> Changed(AppManifest before, AppManifest after)
    {
        var pairs = new (string Field, string Before, string After)[]
        {
            ("name.en", before.Name.En, after.Name.En),
            ("name.zh-CN", before.Name.ZhCn, after.Name.ZhCn),
            ("tagline.en", before.Tagline.En, after.Tagline.En),
            ("tagline.zh-CN", before.Tagline.ZhCn, after.Tagline.ZhCn),
            ("description.en", before.Description.En, after.Description.En),
            ("description.zh-CN", before.Description.ZhCn, after.Description.ZhCn),
            ("pricing", Price(before.Pricing), Price(after.Pricing)),
            ("dataStorage.region", before.DataStorage.Region, after.DataStorage.Region),
            ("category", before.Category, after.Category),
            ("support.email", before.Support.Email, after.Support.Email),
            ("privacyPolicyUrl", before.PrivacyPolicyUrl, after.PrivacyPolicyUrl),
            ("actions", string.Join(", ", before.Actions.Select(a => a.Name)), string.Join(", ", after.Actions.Select(a => a.Name))),
        };
        return pairs.Where(p => !string.Equals(p.Before, p.After, StringComparison.Ordinal)).Select(p => new TextChange(p.Field, p.Before, p.After));
    }

    private static string Price(AppPricing pricing) =>
        pricing.IsFree ? PricingModels.Free : $"{pricing.Model} {pricing.AmountMinor} {pricing.Currency}";
}
