using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Core.Tests.Features.Marketplace;

public sealed class ManifestValidatorTests
{
    [Fact]
    public void Every_shipped_app_is_valid()
    {
        var validations = CatalogueFolder.ValidateAll(TestManifests.ShippedFolder);

        Assert.True(validations.Count >= 12, $"Only {validations.Count} apps are shipped; the catalogue promises at least twelve.");
        var problems = validations.SelectMany(v => v.Problems).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_shipped_apps_come_from_at_least_five_vendors_and_some_are_free()
    {
        var manifests = CatalogueFolder.ValidateAll(TestManifests.ShippedFolder).Select(v => v.Manifest!).ToList();

        Assert.True(manifests.Select(m => m.Vendor.Name).Distinct().Count() >= 5);
        Assert.Contains(manifests, m => m.Pricing.IsFree);
        Assert.Contains(manifests, m => !m.Pricing.IsFree);
    }

    [Fact]
    public void An_unknown_field_is_refused_with_its_path()
    {
        var problems = Problems(m => m["vendor"]!["colour"] = "red");

        Assert.Contains(problems, p => p.Path == "vendor.colour" && p.Reason.Contains("unknown field", StringComparison.Ordinal));
    }

    [Fact]
    public void A_scope_with_an_empty_reason_is_refused()
    {
        var problems = Problems(m => m["dataScopes"]![0]!["reason"] = new JsonObject { ["en"] = "", ["zh-CN"] = " " });

        Assert.Contains(problems, p => p.Path == "dataScopes[0].reason.en" && p.Reason.Contains("no reason", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "dataScopes[0].reason.zh-CN" && p.Reason.Contains("no reason", StringComparison.Ordinal));
    }

    [Fact]
    public void A_scope_without_a_reason_field_is_refused()
    {
        var problems = Problems(m => m["dataScopes"]![0]!.AsObject().Remove("reason"));

        Assert.Contains(problems, p => p.Path == "dataScopes[0]" && p.Reason.Contains("reason", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("privacyPolicyUrl")]
    [InlineData("externalEndpoints[0].url")]
    [InlineData("actions[0].webhookUrl")]
    public void An_http_url_is_refused(string path)
    {
        var problems = Problems(m =>
        {
            var node = path switch
            {
                "privacyPolicyUrl" => (JsonNode)m,
                "externalEndpoints[0].url" => m["externalEndpoints"]![0]!,
                _ => m["actions"]![0]!,
            };
            var field = path[(path.LastIndexOf('.') + 1)..];
            node[field] = ((string)node[field]!).Replace("https://", "http://", StringComparison.Ordinal);
        });

        Assert.Contains(problems, p => p.Path == path && p.Reason.Contains("only https", StringComparison.Ordinal));
    }

    [Fact]
    public void A_negative_price_is_refused()
    {
        var problems = Problems(m => m["pricing"]!["amountMinor"] = -100);

        Assert.Contains(problems, p => p.Path == "pricing.amountMinor" && p.Reason.Contains("negative", StringComparison.Ordinal));
    }

    [Fact]
    public void A_price_above_the_ceiling_is_refused()
    {
        var problems = Problems(m => m["pricing"]!["amountMinor"] = ManifestLimits.MaxAmountMinor + 1);

        Assert.Contains(problems, p => p.Path == "pricing.amountMinor" && p.Reason.Contains("ceiling", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ten_megabyte_description_is_refused_for_its_length_and_the_file_size()
    {
        var problems = Problems(m => m["description"]!["en"] = new string('x', 10 * 1024 * 1024));

        Assert.Contains(problems, p => p.Path == "description.en" && p.Reason.Contains("at most 4,000", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "" && p.Reason.Contains("KB", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Click <a href=\"https://x.example\">here</a>")]
    [InlineData("javascript:alert(1)")]
    [InlineData("<img src=x onerror=alert(1)>")]
    public void Script_or_html_in_a_text_field_is_refused(string text)
    {
        var problems = Problems(m => m["tagline"]!["en"] = text);

        Assert.Contains(problems, p => p.Path == "tagline.en" && p.Reason.Contains("HTML or script", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_chinese_text_is_refused()
    {
        var problems = Problems(m => m["description"]!["zh-CN"] = "");

        Assert.Contains(problems, p => p.Path == "description.zh-CN" && p.Reason.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void An_action_needing_an_undeclared_scope_is_refused()
    {
        var problems = Problems(m => m["actions"]![0]!["requiredScopes"] = new JsonArray("invoices.write"));

        Assert.Contains(problems, p => p.Path == "actions[0].requiredScopes[0]" && p.Reason.Contains("not among the app's dataScopes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_manifest_with_several_faults_lists_each_reason()
    {
        var problems = Problems(m =>
        {
            m["colour"] = "red";
            m["dataScopes"]![0]!["reason"] = new JsonObject { ["en"] = "", ["zh-CN"] = "" };
            m["privacyPolicyUrl"] = "http://shopfloor-cloud.example/privacy";
            m["pricing"]!["amountMinor"] = -1;
            m["tagline"]!["en"] = "<script>x</script>";
        });

        Assert.Equal(
            ["colour", "dataScopes[0].reason.en", "pricing.amountMinor", "privacyPolicyUrl", "tagline.en"],
            problems.Select(p => p.Path).Distinct().Where(p => p is "colour" or "dataScopes[0].reason.en" or "privacyPolicyUrl" or "pricing.amountMinor" or "tagline.en").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_folder_whose_name_differs_from_the_id_is_refused()
    {
        var manifest = TestManifests.Copy("shopfloor-andon");
        var folder = TestManifests.WriteFolder(manifest);
        Directory.Move(Path.Combine(folder, (string)manifest["id"]!), Path.Combine(folder, "renamed-app"));

        var validation = Assert.Single(CatalogueFolder.ValidateAll(folder));

        Assert.Contains(validation.Problems, p => p.Folder == "renamed-app" && p.Path == "id");
    }

    [Fact]
    public void Text_that_is_not_json_is_refused_with_a_reason()
    {
        var validation = ManifestValidator.ValidateText("broken", "{ \"id\": ");

        Assert.False(validation.IsValid);
        Assert.Contains(validation.Problems, p => p.Reason.Contains("not valid JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void The_schema_lists_the_same_categories_industries_and_scopes_as_the_code()
    {
        using var schema = JsonDocument.Parse(ManifestSchema.Text());
        var root = schema.RootElement;
        static IEnumerable<string> Enum(JsonElement element) => element.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);

        Assert.Equal(MarketplaceChoices.Categories.Select(c => c.Code), Enum(root.GetProperty("properties").GetProperty("category")));
        Assert.Equal(ProfileChoices.Industries.Select(c => c.Code), Enum(root.GetProperty("properties").GetProperty("industries").GetProperty("items")));
        Assert.Equal(MarketplaceChoices.Scopes.Select(c => c.Code), Enum(root.GetProperty("$defs").GetProperty("scope")));
        Assert.Equal(MarketplaceChoices.StorageRegions.Select(c => c.Code), Enum(root.GetProperty("properties").GetProperty("dataStorage").GetProperty("properties").GetProperty("region")));
    }

    private static IReadOnlyList<ManifestProblem> Problems(Action<JsonObject> change)
    {
        var manifest = TestManifests.Copy("shopfloor-mes-lite", change: change);
        var validation = ManifestValidator.ValidateText("broken-app", manifest.ToJsonString());
        Assert.False(validation.IsValid);
        Assert.All(validation.Problems, p => Assert.Equal("broken-app", p.Folder));
        return validation.Problems;
    }
}
