using System.Security.Claims;
using System.Text.Json;
using Dapper;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Marketplace.Manifests;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Features.Marketplace;
using SmeOnboard.Core.Tests.Features.Vouchers;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Checkout;

/// <summary>Paid apps of a vendor with a payout account, programmes, firms and their vouchers for the checkout tests.</summary>
internal static class CheckoutKit
{
    public static readonly string[] Scopes = ["production-data.read", "production-data.write", "workflows.write"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A copy of Shopfloor MES Lite at <paramref name="priceMinor"/>, sold by a new vendor with a payout account.</summary>
    public static async Task<string> PaidAppAsync(PortalHarness portal, long priceMinor, string currency = "CNY", string category = "production", bool voucherEligible = true,
        string pricingModel = "one-time")
    {
        var vendor = await portal.CreateOrganisationAsync(OrganisationKind.Vendor);
        var json = TestManifests.Copy("shopfloor-mes-lite", change: m =>
        {
            m["pricing"]!["model"] = pricingModel;
            m["pricing"]!["amountMinor"] = priceMinor;
            m["pricing"]!["currency"] = currency;
            m["category"] = category;
            m["voucherEligible"] = voucherEligible;
        }).ToJsonString();
        var manifest = JsonSerializer.Deserialize<AppManifest>(json, ManifestValidator.Json)!;
        await portal.Anonymous<CatalogueStore>().PublishAsync(manifest, json, vendor.Id, Ct);
        await using var connection = await portal.Database.Connections.OpenAsync(Ct);
        await connection.ExecuteAsync("INSERT INTO vendor_onboarding (org_id, payout_account_id, payout_sandbox) VALUES (@Id, @account, @sandbox)",
            new { vendor.Id, account = $"acct_{vendor.Id:N}"[..21], sandbox = true });
        return manifest.Id;
    }

    public static async Task<(ClaimsPrincipal Officer, VoucherProgramme Programme)> ProgrammeAsync(PortalHarness portal, long budgetMinor, long capMinor,
        int coveragePercent = 50, IReadOnlyList<CoverageTier>? tiers = null, int purchasesAllowed = 1)
    {
        var officer = await VoucherKit.OfficerAsync(portal);
        var rules = new ProgrammeRules
        {
            Regions = ["CN-JS-SZ"], IndustryCodes = ["C25"], CoveragePercent = coveragePercent, CoverageTiers = tiers ?? [], CapPerFirmMinor = capMinor,
            ValidityDays = 60, Categories = ["production", "quality"], PurchasesAllowed = purchasesAllowed,
        };
        return (officer, await VoucherKit.PublishedAsync(portal, officer, VoucherKit.Draft(portal, budgetMinor, capMinor, rules)));
    }

    /// <summary>A new firm, its administrator, and a voucher of the programme issued to it by the officer.</summary>
    public static async Task<(ClaimsPrincipal Admin, Organisation Firm, string Code)> FirmWithVoucherAsync(PortalHarness portal, ClaimsPrincipal officer, Guid programmeId)
    {
        var firm = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var report = await portal.As<ApplicationDecisions>(officer).IssueFromCsvAsync(programmeId, new StringReader(firm.Id.ToString()), Ct);
        var row = Assert.Single(report.Value);
        Assert.True(row.Issued, row.Detail);
        return (Actors.MemberOf(firm, Roles.FirmAdmin, Guid.NewGuid()), firm, row.VoucherCode!);
    }

    /// <summary>
    /// A voucher written straight into the ledger from the programme's budget even when the budget is already given
    /// out, as a programme promising more than it has (first come, first served) would: then the budget binds at checkout.
    /// </summary>
    public static async Task<(ClaimsPrincipal Admin, string Code)> PromisedVoucherAsync(PortalHarness portal, VoucherProgramme programme, long faceMinor)
    {
        var firm = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var code = VoucherCode.New();
        var id = Guid.CreateVersion7();
        var now = portal.Clock.GetUtcNow();
        await using var connection = await portal.Database.Connections.OpenAsync(Ct);
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        await connection.ExecuteAsync(
            """
            INSERT INTO vouchers (id, code, programme_id, revision, firm_org_id, application_id, face_minor, currency, issued_at, expires_at, issued_by)
            VALUES (@id, @code, @programmeId, @CurrentRevision, @firm, NULL, @faceMinor, @Currency, @now, @expires, NULL)
            """, new { id, code, programmeId = programme.Id, programme.CurrentRevision, firm = firm.Id, faceMinor, programme.Currency, now, expires = now.AddDays(30) }, transaction);
        await portal.Anonymous<LedgerWriter>().PostAsync(connection, transaction, new LedgerPosting
        {
            Kind = "VoucherIssued", Memo = "Promised voucher",
            Lines =
            [
                new LedgerLine { Account = LedgerAccount.ProgrammeBudget, OwnerId = programme.Id, ProgrammeId = programme.Id, AmountMinor = -faceMinor, Currency = programme.Currency },
                new LedgerLine { Account = LedgerAccount.Voucher, OwnerId = id, ProgrammeId = programme.Id, AmountMinor = faceMinor, Currency = programme.Currency },
            ],
        }, Ct);
        await transaction.CommitAsync(Ct);
        return (Actors.MemberOf(firm, Roles.FirmAdmin, Guid.NewGuid()), code);
    }

    /// <summary>Every currency's ledger entries add up to zero.</summary>
    public static async Task AssertLedgerBalancesAsync(PortalHarness portal)
    {
        await using var connection = await portal.Database.Connections.OpenAsync(Ct);
        var sums = (await connection.QueryAsync<long>("SELECT SUM(amount_minor) FROM ledger_entries GROUP BY currency")).ToList();
        Assert.All(sums, sum => Assert.Equal(0, sum));
    }

    public static Task<long> BalanceAsync(PortalHarness portal, string account, Guid ownerId) =>
        portal.CountAsync("SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_entries WHERE account = @account AND owner_id = @ownerId", new { account, ownerId });

    public static Task<long> ProgrammeTotalAsync(PortalHarness portal, string account, Guid programmeId) =>
        portal.CountAsync("SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_entries WHERE account = @account AND programme_id = @programmeId", new { account, programmeId });
}
