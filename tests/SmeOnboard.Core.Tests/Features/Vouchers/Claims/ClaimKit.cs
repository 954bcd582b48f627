using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Claims;
using SmeOnboard.Core.Tests.Features.Checkout;
using SmeOnboard.Core.Tests.Features.Vouchers;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers.Claims;

/// <summary>Reimbursement programmes, firms that paid apps in full, and their evidence files for the claim tests.</summary>
internal static class ClaimKit
{
    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"u8.ToArray();
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The harness with the claim stores, default options and a recording notifier.</summary>
    public static Task<PortalHarness> StartAsync(TestDatabases databases, DatabaseProvider provider) =>
        PortalHarness.StartAsync(databases, provider, services =>
        {
            services.AddClaimStores();
            services.AddOptions<ClaimOptions>();
            services.AddSingleton<RecordingClaimNotifier>();
            services.AddSingleton<IClaimNotifier>(p => p.GetRequiredService<RecordingClaimNotifier>());
        });

    public static RecordingClaimNotifier Notices(this PortalHarness portal) => portal.Anonymous<RecordingClaimNotifier>();

    public static async Task<(ClaimsPrincipal Officer, VoucherProgramme Programme)> ProgrammeAsync(PortalHarness portal, long budgetMinor, long capMinor,
        RedemptionMode mode = RedemptionMode.Reimbursement)
    {
        var officer = await VoucherKit.OfficerAsync(portal);
        var rules = new ProgrammeRules
        {
            Regions = ["CN-JS-SZ"], IndustryCodes = ["C25"], CoveragePercent = 50, CapPerFirmMinor = capMinor, ValidityDays = 60,
            Categories = ["production", "quality"], RedemptionMode = mode,
        };
        return (officer, await VoucherKit.PublishedAsync(portal, officer, VoucherKit.Draft(portal, budgetMinor, capMinor, rules)));
    }

    /// <summary>A signed-up firm (its admin receives email) holding a voucher of the programme.</summary>
    public static async Task<(ClaimsPrincipal Admin, string Email, Voucher Voucher)> FirmWithVoucherAsync(PortalHarness portal, ClaimsPrincipal officer, Guid programmeId)
    {
        var firm = await portal.RegisterFirmAsync();
        var report = await portal.As<ApplicationDecisions>(officer).IssueFromCsvAsync(programmeId, new StringReader(firm.Organisation.Id.ToString()), Ct);
        Assert.True(Assert.Single(report.Value).Issued, report.Value[0].Detail);
        var voucher = Assert.Single(await portal.As<FirmVoucherStore>(firm.Principal).ListVouchersAsync(Ct)).Voucher;
        return (firm.Principal, firm.Admin.Email!, voucher);
    }

    /// <summary>The firm buys the app without a voucher and its card pays in full.</summary>
    public static async Task<CheckoutOrder> PaidOrderAsync(PortalHarness portal, ClaimsPrincipal admin, string appId)
    {
        var placed = await portal.As<CheckoutStore>(admin).PlaceOrderAsync(appId, null, CheckoutKit.Scopes, Ct);
        Assert.True(placed.Succeeded, string.Join("; ", placed.Errors.Select(e => e.Message)));
        await portal.Anonymous<OrderSettlement>().ApplyAsync(new PaymentEvent
        {
            EventId = $"evt_{Guid.NewGuid():N}", Type = PaymentEvent.Succeeded, PaymentIntentId = placed.Value.PaymentIntentId!,
            AmountMinor = placed.Value.RemainderMinor, Currency = placed.Value.Currency.ToLowerInvariant(),
        }, Ct);
        return (await portal.Anonymous<OrderSettlement>().FindAsync(placed.Value.Id, Ct))!;
    }

    public static IReadOnlyList<EvidenceUpload> Evidence() =>
    [
        new() { Kind = EvidenceKinds.Invoice, FileName = "invoice.pdf", Length = Pdf.Length, Content = Pdf },
        new() { Kind = EvidenceKinds.ProofOfUse, FileName = "dashboard.png", Length = Png.Length, Content = Png },
    ];

    /// <summary>A paid order of an app at <paramref name="priceMinor"/> and its claim, filed with evidence: the officer, voucher, order and claim.</summary>
    public static async Task<(ClaimsPrincipal Officer, Voucher Voucher, CheckoutOrder Order, VoucherClaim Claim)> FiledClaimAsync(PortalHarness portal, long priceMinor)
    {
        var app = await CheckoutKit.PaidAppAsync(portal, priceMinor);
        var (officer, programme) = await ProgrammeAsync(portal, 1_000_000, 200_000);
        var (admin, _, voucher) = await FirmWithVoucherAsync(portal, officer, programme.Id);
        var order = await PaidOrderAsync(portal, admin, app);
        var filed = await portal.As<ClaimStore>(admin).FileAsync(order.Id, voucher.Id, "Used daily on line 2.", Evidence(), TestContext.Current.CancellationToken);
        Assert.True(filed.Succeeded, string.Join("; ", filed.Errors.Select(e => e.Message)));
        return (officer, voucher, order, filed.Value);
    }
}
