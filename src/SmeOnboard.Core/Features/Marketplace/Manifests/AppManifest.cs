namespace SmeOnboard.Core.Features.Marketplace.Manifests;

/// <summary>An app as its vendor describes it in marketplace/&lt;id&gt;/app.json (schema: marketplace/schema/app.schema.json).</summary>
public sealed class AppManifest
{
    public string Id { get; init; } = "";
    public string Version { get; init; } = "";
    public VendorInfo Vendor { get; init; } = new();
    public LocalizedText Name { get; init; } = new();
    public LocalizedText Tagline { get; init; } = new();
    public LocalizedText Description { get; init; } = new();
    public string Category { get; init; } = "";
    public IReadOnlyList<string> Industries { get; init; } = [];
    public IReadOnlyList<int> MaturityLevels { get; init; } = [];
    public AppPricing Pricing { get; init; } = new();
    public IReadOnlyList<ScopeRequest> DataScopes { get; init; } = [];
    public DataStorage DataStorage { get; init; } = new();
    public IReadOnlyList<ExternalEndpoint> ExternalEndpoints { get; init; } = [];
    public IReadOnlyList<AppAction> Actions { get; init; } = [];
    public SupportContact Support { get; init; } = new();
    public string PrivacyPolicyUrl { get; init; } = "";
    public bool VoucherEligible { get; init; }
}
