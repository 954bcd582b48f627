using System.Security.Claims;
using Dapper;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Reports;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Features.Checkout;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers.Reports;

/// <summary>
/// A programme with a known history, whose report figures the tests work out by hand. Budget CNY 10,000.00, 50 %
/// coverage, CNY 2,000.00 per firm, vouchers valid 60 days, any region or industry:
/// <list type="bullet">
/// <item>F1 (Suzhou, C25, 10–49) assessed at level 1, applies, is approved; buys MES (1,000.00: 500.00 voucher) and SPC
/// (600.00: 300.00 voucher); SPC is refunded 50.00 to the card and 200.00 to the voucher; 61 days later it reassesses at level 4.</item>
/// <item>F2 (Wuxi, C28, 50–99) assessed at level 1, applies, is approved, buys SPC (300.00 voucher); reassesses at level 1.</item>
/// <item>F3 applies and is rejected.</item>
/// <item>F4 (Ningbo, C25, 5–9) is issued a voucher from a CSV and never uses it; 61 days later it has expired.</item>
/// <item>F5 (Suzhou, C28, 50–99) is issued a voucher after those 61 days and orders MES, still unpaid (500.00 held).</item>
/// </list>
/// </summary>
internal static class ReportKit
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public sealed record Seeded(ClaimsPrincipal Officer, VoucherProgramme Programme, Guid MesVendor, Guid SpcVendor);

    public static async Task<Seeded> SeedAsync(PortalHarness portal)
    {
        var officer = await VoucherKit.OfficerAsync(portal);
        var now = portal.Clock.GetUtcNow();
        var programme = await VoucherKit.PublishedAsync(portal, officer, new ProgrammeDraft
        {
            NameEn = "Report test programme", NameZh = "报表测试项目", DescriptionEn = "For the report.", DescriptionZh = "用于报表。",
            OpensAt = now.AddHours(-1), ClosesAt = now.AddDays(120), BudgetMinor = 1_000_000, Currency = "CNY",
            Rules = new ProgrammeRules
            {
                CoveragePercent = 50, CapPerFirmMinor = 200_000, ValidityDays = 60, PurchasesAllowed = 2, Categories = ["production", "quality"],
            },
        });
        var mes = await CheckoutKit.PaidAppAsync(portal, 100_000, category: "production");
        var spc = await CheckoutKit.PaidAppAsync(portal, 60_000, category: "quality");

        var f1 = await portal.RegisterFirmAsync();
        var f2 = await portal.RegisterFirmAsync();
        await ProfileAsync(portal, f2.Organisation.Id, "CN-JS-WX", "C28", "50-99");
        await VoucherKit.AssessAsync(portal, f1.Principal, 0);
        await VoucherKit.AssessAsync(portal, f2.Principal, 0);
        portal.Clock.Advance(TimeSpan.FromMinutes(1));

        var a1 = await ApplyAsync(portal, f1.Principal, programme.Id);
        var a2 = await ApplyAsync(portal, f2.Principal, programme.Id);
        var f3 = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var a3 = await ApplyAsync(portal, Actors.MemberOf(f3, Roles.FirmAdmin), programme.Id);
        Assert.All(await portal.As<ApplicationDecisions>(officer).ApproveAsync([a1, a2], Ct), o => Assert.True(o.Succeeded));
        Assert.All(await portal.As<ApplicationDecisions>(officer).RejectAsync([a3], "Not a manufacturer", Ct), o => Assert.True(o.Succeeded));
        await IssueAsync(portal, officer, programme.Id, await FirmAsync(portal, "CN-ZJ-NB", "C25", "5-9"));

        var c1 = await CodeAsync(portal, f1.Principal);
        var mesOrder = await PaidAsync(portal, f1.Principal, mes, c1);
        var spcOrder = await PaidAsync(portal, f1.Principal, spc, c1);
        await PaidAsync(portal, f2.Principal, spc, await CodeAsync(portal, f2.Principal));
        var admin = Actors.MemberOf(await portal.CreateOrganisationAsync(OrganisationKind.Platform), Roles.PlatformAdmin);
        Assert.True((await portal.As<RefundStore>(admin).RefundAsync(spcOrder.Id, 5_000, 20_000, "Partly delivered", Ct)).Succeeded);

        portal.Clock.Advance(TimeSpan.FromDays(61));
        await VoucherKit.AssessAsync(portal, f1.Principal, 5);
        await VoucherKit.AssessAsync(portal, f2.Principal, 0);
        var f5 = await FirmAsync(portal, "CN-JS-SZ", "C28", "50-99");
        var c5 = await IssueAsync(portal, officer, programme.Id, f5);
        var held = await portal.As<CheckoutStore>(Actors.MemberOf(f5, Roles.FirmAdmin)).PlaceOrderAsync(mes, c5, CheckoutKit.Scopes, Ct);
        Assert.Equal(OrderStatuses.AwaitingPayment, held.Value.Status);
        return new Seeded(officer, programme, mesOrder.VendorOrgId, spcOrder.VendorOrgId);
    }

    public static Task<ProgrammeReport?> ReadAsync(PortalHarness portal, ClaimsPrincipal officer, Guid programmeId) =>
        portal.As<ProgrammeReportStore>(officer).ReadAsync(programmeId, Ct);

    private static async Task<Guid> ApplyAsync(PortalHarness portal, ClaimsPrincipal firm, Guid programmeId)
    {
        var applied = await portal.As<FirmVoucherStore>(firm).ApplyAsync(programmeId, "", Ct);
        Assert.True(applied.Succeeded, string.Join("; ", applied.Errors.Select(e => e.Message)));
        return applied.Value.Id;
    }

    private static async Task<Organisation> FirmAsync(PortalHarness portal, string region, string industry, string band) =>
        await portal.CreateOrganisationAsync(OrganisationKind.Firm, new CompanyProfile
        {
            Name = TestProfiles.UniqueName("Firm"), Region = region, IndustryCode = industry, HeadcountBand = band, TurnoverBand = "1M-10M",
        });

    private static async Task ProfileAsync(PortalHarness portal, Guid orgId, string region, string industry, string band)
    {
        await using var connection = await portal.Database.Connections.OpenAsync(Ct);
        await connection.ExecuteAsync("UPDATE organisations SET region = @region, industry_code = @industry, headcount_band = @band WHERE id = @orgId",
            new { region, industry, band, orgId });
    }

    private static async Task<string> IssueAsync(PortalHarness portal, ClaimsPrincipal officer, Guid programmeId, Organisation firm)
    {
        var report = await portal.As<ApplicationDecisions>(officer).IssueFromCsvAsync(programmeId, new StringReader(firm.Id.ToString()), Ct);
        var row = Assert.Single(report.Value);
        Assert.True(row.Issued, row.Detail);
        return row.VoucherCode!;
    }

    private static async Task<string> CodeAsync(PortalHarness portal, ClaimsPrincipal firm) =>
        Assert.Single(await portal.As<FirmVoucherStore>(firm).ListVouchersAsync(Ct)).Voucher.Code;

    private static async Task<CheckoutOrder> PaidAsync(PortalHarness portal, ClaimsPrincipal firm, string app, string code)
    {
        var order = await portal.As<CheckoutStore>(firm).PlaceOrderAsync(app, code, CheckoutKit.Scopes, Ct);
        Assert.True(order.Succeeded, string.Join("; ", order.Errors.Select(e => e.Message)));
        var outcome = await portal.Anonymous<OrderSettlement>().ApplyAsync(new PaymentEvent
        {
            EventId = $"evt_{Guid.NewGuid():N}", Type = PaymentEvent.Succeeded, PaymentIntentId = order.Value.PaymentIntentId!,
            AmountMinor = order.Value.RemainderMinor, Currency = "cny",
        }, Ct);
        Assert.Equal(PaymentEventOutcome.Applied, outcome);
        return order.Value;
    }
}
