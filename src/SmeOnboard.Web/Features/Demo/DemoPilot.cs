using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Web.Features.Demo;

/// <summary>
/// A pilot the demo bureau has been running: three Suzhou firms without accounts each got a voucher and bought a vetted
/// app with it, half paid by the voucher and half by a card in the payment sandbox, so the bureau's dashboard (spending,
/// reach, charts) and integrity page show a programme at work from the first start. Everything goes through the same
/// stores an officer and a firm use. Lianda is not eligible (other industries), so its own journey starts clean. Not
/// seeded with real Stripe keys, whose payments the seed cannot make.
/// </summary>
public sealed partial class DemoPilot(
    IServiceScopeFactory scopes, UserManager<AppUser> users, MembershipStore memberships, OrganisationStore organisations, IDbConnectionFactory db,
    IPaymentGateway payments, TimeProvider clock, ILogger<DemoPilot> logger)
{
    public const string NameEn = "Suzhou Smart Workshop Pilot Voucher";

    /// <summary>The pilot firms, who bought for them and which app.</summary>
    public static readonly IReadOnlyList<(CompanyProfile Firm, string Buyer, string AppId)> Purchases =
    [
        (new CompanyProfile { Name = "Suzhou Jinrui Electric Drives", Region = "CN-JS-SZ", IndustryCode = "C27", HeadcountBand = "50-99", TurnoverBand = "10M-50M" },
            "Qian Jun", "jiangnan-cmms"),
        (new CompanyProfile { Name = "Kunshan Tianhe Plastic Moulding", Region = "CN-JS-SZ", IndustryCode = "C22", HeadcountBand = "100-249", TurnoverBand = "GT50M" },
            "Lu Yan", "greenvolt-energy-monitor"),
        (new CompanyProfile { Name = "Suzhou Weida Electric Components", Region = "CN-JS-SZ", IndustryCode = "C26", HeadcountBand = "10-49", TurnoverBand = "1M-10M" },
            "Tang Xue", "skillbridge-work-instructions"),
    ];

    public async Task SeedAsync()
    {
        if (!payments.IsSandbox || await DemoActors.OfficerAsync(users, memberships, organisations) is not var (officer, agency) || await ExistsAsync(agency.Id))
        {
            return;
        }
        var asOfficer = DemoActors.As(officer.Id, officer.DisplayName, Roles.GovOfficer, agency);
        var programme = await AsAsync(asOfficer, services => CreateAsync(services.GetRequiredService<ProgrammeStore>()));
        var firms = new List<Organisation>();
        foreach (var (profile, _, _) in Purchases)
        {
            await using var connection = await db.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            firms.Add(await organisations.CreateAsync(connection, transaction, OrganisationKind.Firm, profile));
            await transaction.CommitAsync();
        }
        var issued = Check(await AsAsync(asOfficer, services => services.GetRequiredService<ApplicationDecisions>()
            .IssueFromCsvAsync(programme.Id, new StringReader(string.Join('\n', firms.Select(f => f.Id))))), "vouchers");
        for (var i = 0; i < firms.Count; i++)
        {
            var (_, buyer, appId) = Purchases[i];
            var code = issued.Single(row => row.FirmId == firms[i].Id.ToString()).VoucherCode ?? throw new InvalidOperationException($"Demo pilot: no voucher for {firms[i].Name}.");
            await AsAsync(DemoActors.As(Guid.CreateVersion7(), buyer, Roles.FirmAdmin, firms[i]), services => BuyAsync(services, appId, code));
        }
        LogSeeded(logger, NameEn);
    }

    private async Task<bool> ExistsAsync(Guid agencyId) =>
        await db.QuerySingleOrDefaultAsync<int>(
            """
            SELECT 1 FROM voucher_programmes p JOIN voucher_programme_revisions r ON r.programme_id = p.id
            WHERE p.org_id = @agencyId AND r.name_en = @NameEn LIMIT 1
            """, new { agencyId, NameEn }, CancellationToken.None) == 1;

    private async Task<VoucherProgramme> CreateAsync(ProgrammeStore store)
    {
        var today = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var created = Check(await store.CreateAsync(new ProgrammeDraft
        {
            NameEn = NameEn,
            NameZh = "苏州市智能车间试点服务券",
            DescriptionEn = "Half the cost of a vetted maintenance, energy or production app, up to CNY 5,000 per firm, for plastics, electronics and electrical equipment makers in Suzhou.",
            DescriptionZh = "苏州市塑料、电子和电气设备制造企业购买经审核的维护、能源或生产类应用，补贴 50%，每家企业最高 5000 元。",
            OpensAt = today.AddDays(-60), ClosesAt = today.AddDays(120), BudgetMinor = 2_000_000, Currency = "CNY",
            Rules = new ProgrammeRules
            {
                Regions = ["CN-JS-SZ"], IndustryCodes = ["C22", "C26", "C27"], CoveragePercent = 50, CapPerFirmMinor = 500_000, PurchasesAllowed = 1,
                ValidityDays = 90, Categories = ["maintenance", "energy", "production"],
            },
        }), "programme");
        Check(await store.ChangeStatusAsync(created.Id, ProgrammeStatus.Published), "publishing");
        return created;
    }

    /// <summary>The firm's order with its voucher, its card half confirmed as the sandbox's card page would.</summary>
    private static async Task<bool> BuyAsync(IServiceProvider services, string appId, string code)
    {
        if (await services.GetRequiredService<CatalogueStore>().FindAsync(appId) is not { } app)
        {
            return false;
        }
        var order = Check(await services.GetRequiredService<CheckoutStore>().PlaceOrderAsync(appId, code, app.ReadManifest().DataScopes.Select(s => s.Scope).ToList()), appId);
        if (order.PaymentIntentId is null)
        {
            return true;
        }
        await services.GetRequiredService<OrderSettlement>().ApplyAsync(new PaymentEvent
        {
            EventId = $"evt_demo_{order.Id:N}", Type = PaymentEvent.Succeeded, PaymentIntentId = order.PaymentIntentId, AmountMinor = order.RemainderMinor,
            Currency = order.Currency.ToLowerInvariant(),
        });
        return true;
    }

    private async Task<T> AsAsync<T>(ClaimsPrincipal principal, Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().Set(principal);
        return await act(scope.ServiceProvider);
    }

    private static T Check<T>(Result<T> result, string what) =>
        result.Succeeded ? result.Value : throw new InvalidOperationException($"Demo pilot, {what}: {string.Join("; ", result.Errors.Select(e => e.Message))}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo programme {Programme} with its vouchers and purchases")]
    private static partial void LogSeeded(ILogger logger, string programme);
}
