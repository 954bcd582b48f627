using System.Security.Claims;
using System.Text.Json;
using Dapper;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Marketplace.Manifests;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Integrity;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Features.Checkout;
using SmeOnboard.Core.Tests.Features.Marketplace;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers.Integrity;

/// <summary>A programme with a paid app, its vendor, firms with vouchers and their legal details for the integrity tests.</summary>
internal static class IntegrityKit
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<Scene> SceneAsync(PortalHarness portal, long priceMinor = 100_000, int coveragePercent = 50)
    {
        var app = await CheckoutKit.PaidAppAsync(portal, priceMinor);
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 10_000_000, 200_000, coveragePercent);
        var vendorId = await VendorOfAsync(portal, app);
        var vendor = new Organisation { Id = vendorId, Kind = OrganisationKind.Vendor, Name = "Vendor" };
        return new Scene(app, officer, programme, vendor);
    }

    public static async Task<Guid> VendorOfAsync(PortalHarness portal, string appId)
    {
        await using var connection = await portal.Database.Connections.OpenAsync(Ct);
        return await connection.QuerySingleAsync<Guid>("SELECT vendor_org_id FROM marketplace_apps WHERE id = @appId", new { appId });
    }

    public static async Task SaveLegalAsync(PortalHarness portal, Organisation organisation, string? address = null, string? director = null, string? bank = null)
    {
        var role = organisation.Kind == OrganisationKind.Vendor ? Roles.VendorDeveloper : Roles.FirmAdmin;
        var saved = await portal.As<LegalDetailsStore>(Actors.MemberOf(organisation, role)).SaveForCurrentAsync(
            new LegalDetailsForm { RegisteredAddress = address ?? "", DirectorName = director ?? "", BankAccount = bank ?? "" }, Ct);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Message)));
    }

    /// <summary>Publishes a higher version of <paramref name="appId"/> at a new price, now.</summary>
    public static async Task PublishPriceAsync(PortalHarness portal, string appId, Guid vendorId, string version, long priceMinor)
    {
        var json = TestManifests.Copy("shopfloor-mes-lite", newId: appId, change: m =>
        {
            m["version"] = version;
            m["pricing"]!["model"] = "one-time";
            m["pricing"]!["amountMinor"] = priceMinor;
            m["pricing"]!["currency"] = "CNY";
            m["category"] = "production";
            m["voucherEligible"] = true;
        }).ToJsonString();
        var outcome = await portal.Anonymous<CatalogueStore>().PublishAsync(JsonSerializer.Deserialize<AppManifest>(json, ManifestValidator.Json)!, json, vendorId, Ct);
        Assert.Equal(PublishOutcome.NewVersion, outcome);
    }

    public static async Task<CheckoutOrder> BuyAsync(PortalHarness portal, ClaimsPrincipal firmAdmin, string appId, string code)
    {
        var placed = await portal.As<CheckoutStore>(firmAdmin).PlaceOrderAsync(appId, code, CheckoutKit.Scopes, Ct);
        Assert.True(placed.Succeeded, string.Join("; ", placed.Errors.Select(e => e.Message)));
        return placed.Value;
    }

    public static async Task<IReadOnlyList<IntegrityFlag>> FlagsAsync(PortalHarness portal, Scene scene) =>
        (await portal.As<IntegrityStore>(scene.Officer).ListFlagsAsync(scene.Programme.Id, Ct))!;

    public static async Task<long> AuditCountAsync(PortalHarness portal, string action, string entityId) =>
        await portal.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = @action AND entity_id = @entityId", new { action, entityId });

    internal sealed record Scene(string AppId, ClaimsPrincipal Officer, VoucherProgramme Programme, Organisation Vendor);
}
