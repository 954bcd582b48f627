using SmeOnboard.Core.Features.Marketplace.Manifests;
using SmeOnboard.Core.Features.Marketplace.Submissions;

namespace SmeOnboard.Core.Tests.Features.Marketplace.Submissions;

public sealed class ManifestDiffTests
{
    [Fact]
    public void A_new_app_gets_a_full_review()
    {
        var diff = ManifestDiff.Between(null, Manifest(scopes: ["people.read"]));

        Assert.Equal((true, ReviewKind.Full), (diff.IsNewApp, diff.ReviewKind));
        Assert.Equal(["people.read"], diff.ScopesAdded);
    }

    [Fact]
    public void A_text_only_change_gets_a_light_review_and_lists_the_changed_texts()
    {
        var diff = ManifestDiff.Between(Manifest(), Manifest(tagline: "Faster calls"));

        Assert.Equal(ReviewKind.Light, diff.ReviewKind);
        Assert.Equal(new TextChange("tagline.en", "Calls", "Faster calls"), Assert.Single(diff.Changes));
    }

    [Fact]
    public void An_added_scope_needs_a_full_review()
    {
        var diff = ManifestDiff.Between(Manifest(scopes: ["people.read"]), Manifest(scopes: ["people.read", "quality-records.write"]));

        Assert.Equal(ReviewKind.Full, diff.ReviewKind);
        Assert.Equal(["quality-records.write"], diff.ScopesAdded);
        Assert.Equal(["people.read"], diff.ScopesKept);
    }

    [Fact]
    public void An_added_endpoint_needs_a_full_review()
    {
        var diff = ManifestDiff.Between(Manifest(endpoints: ["https://a.example"]), Manifest(endpoints: ["https://a.example", "https://b.example"]));

        Assert.Equal((ReviewKind.Full, "https://b.example"), (diff.ReviewKind, Assert.Single(diff.EndpointsAdded)));
    }

    [Fact]
    public void Removing_scopes_and_endpoints_and_changing_the_price_needs_only_a_light_review()
    {
        var diff = ManifestDiff.Between(
            Manifest(scopes: ["people.read", "workflows.write"], endpoints: ["https://a.example"]),
            Manifest(scopes: ["people.read"], price: 9900));

        Assert.Equal(ReviewKind.Light, diff.ReviewKind);
        Assert.Equal(["workflows.write"], diff.ScopesRemoved);
        Assert.Equal(["https://a.example"], diff.EndpointsRemoved);
        Assert.Equal("pricing", Assert.Single(diff.Changes).Field);
    }

    private static AppManifest Manifest(string tagline = "Calls", string[]? scopes = null, string[]? endpoints = null, long price = 0) => new()
    {
        Id = "diff-app",
        Tagline = new LocalizedText { En = tagline, ZhCn = "呼叫" },
        Pricing = price == 0
            ? new AppPricing { Model = PricingModels.Free, Currency = "CNY" }
            : new AppPricing { Model = PricingModels.Monthly, AmountMinor = price, Currency = "CNY" },
        DataScopes = (scopes ?? []).Select(s => new ScopeRequest { Scope = s }).ToList(),
        ExternalEndpoints = (endpoints ?? []).Select(u => new ExternalEndpoint { Url = u }).ToList(),
    };
}
