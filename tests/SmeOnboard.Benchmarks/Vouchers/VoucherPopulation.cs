using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Marketplace.Manifests;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Benchmarks.Vouchers;

/// <summary>
/// What the redemption benchmark buys with: paid apps of one vendor (published through CatalogueStore from a shipped
/// manifest), programmes that cover 100 % (so every order is paid at once by the voucher, hold and commit in one
/// transaction), and firms with one voucher each, allowed as many purchases as there are apps. Programmes and vouchers
/// are written as the portal writes them (rows plus their ledger postings through LedgerWriter), without the
/// application workflow, which is not what is measured.
/// </summary>
public sealed class VoucherPopulation
{
    public const long PriceMinor = 10_000;

    // As the portal keeps a revision's rules: camel-case JSON with enums by name.
    private static readonly JsonSerializerOptions RulesJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public required IReadOnlyList<string> AppIds { get; init; }
    public required IReadOnlyList<(ClaimsPrincipal Admin, string Code)> Firms { get; init; }
    public required IReadOnlyList<Guid> ProgrammeIds { get; init; }

    /// <summary>The data scopes every app asks for; each order consents to all of them.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }

    public static async Task<VoucherPopulation> CreateAsync(IServiceProvider services, IDbConnectionFactory db, int firms, int apps, int programmes)
    {
        var now = DateTimeOffset.UtcNow;
        var vendor = Guid.CreateVersion7();
        var government = Guid.CreateVersion7();
        await using (var connection = await db.OpenAsync())
        {
            await connection.ExecuteAsync(
                "INSERT INTO organisations (id, kind, name, created_at) VALUES (@vendor, 'Vendor', 'Bench Vendor', @now), (@government, 'Government', 'Bench Bureau', @now)",
                new { vendor, government, now });
            await connection.ExecuteAsync("INSERT INTO vendor_onboarding (org_id, payout_account_id, payout_sandbox) VALUES (@vendor, 'acct_bench', @yes)", new { vendor, yes = true });
        }
        var (appIds, scopes) = await PublishAppsAsync(services, vendor, apps);
        var ledger = services.GetRequiredService<LedgerWriter>();
        var programmeIds = new List<Guid>();
        var firmsByProgramme = new List<List<(ClaimsPrincipal Admin, string Code)>>();
        var face = PriceMinor * apps;
        for (var p = 0; p < programmes; p++)
        {
            var programmeFirms = firms / programmes + (p < firms % programmes ? 1 : 0);
            var programmeId = Guid.CreateVersion7();
            programmeIds.Add(programmeId);
            await using var connection = await db.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            var rules = new ProgrammeRules { CoveragePercent = 100, CapPerFirmMinor = face, ValidityDays = 365, PurchasesAllowed = apps, Categories = ["production"] };
            await connection.ExecuteAsync(
                "INSERT INTO voucher_programmes (id, org_id, status, currency, current_revision, created_at, created_by, version) VALUES (@programmeId, @government, 'Published', 'CNY', 1, @now, NULL, 1)",
                new { programmeId, government, now }, transaction);
            await connection.ExecuteAsync(
                $"""
                INSERT INTO voucher_programme_revisions (programme_id, revision, name_en, name_zh, description_en, description_zh, opens_at, closes_at, rules, created_at, created_by)
                VALUES (@programmeId, 1, 'Bench programme', '基准计划', 'Bench', '基准', @now, @closes, {db.Dialect.Json("rules")}, @now, NULL)
                """, new { programmeId, now, closes = now.AddYears(1), rules = JsonSerializer.Serialize(rules, RulesJson) }, transaction);
            // Exactly what the firms' vouchers hold: the budget binds as tightly as the balances.
            await ledger.PostAsync(connection, transaction, Posting("BudgetFunded", programmeId, LedgerAccount.ProgrammeFunding, programmeId, LedgerAccount.ProgrammeBudget, face * programmeFirms), default);
            var firmList = new List<(ClaimsPrincipal Admin, string Code)>();
            firmsByProgramme.Add(firmList);
            for (var f = 0; f < programmeFirms; f++)
            {
                var firm = Guid.CreateVersion7();
                var voucher = Guid.CreateVersion7();
                var code = VoucherCode.New();
                await connection.ExecuteAsync("INSERT INTO organisations (id, kind, name, headcount_band, created_at) VALUES (@firm, 'Firm', @name, '50-99', @now)",
                    new { firm, name = $"Bench firm {p}-{f}", now }, transaction);
                await connection.ExecuteAsync(
                    """
                    INSERT INTO vouchers (id, code, programme_id, revision, firm_org_id, application_id, face_minor, currency, issued_at, expires_at, issued_by)
                    VALUES (@voucher, @code, @programmeId, 1, @firm, NULL, @face, 'CNY', @now, @expires, NULL)
                    """, new { voucher, code, programmeId, firm, face, now, expires = now.AddDays(365) }, transaction);
                await ledger.PostAsync(connection, transaction, Posting("VoucherIssued", programmeId, LedgerAccount.ProgrammeBudget, programmeId, LedgerAccount.Voucher, face, voucher), default);
                firmList.Add((Admin(firm), code));
            }
            await transaction.CommitAsync();
        }
        return new VoucherPopulation { AppIds = appIds, Firms = Interleaved(firmsByProgramme), ProgrammeIds = programmeIds, Scopes = scopes };
    }

    /// <summary>
    /// The firms in turn by programme (a firm of the first, of the second, …), as firms of many programmes buy at the same
    /// time; in the order they were made, the clients would all buy from one programme before the next.
    /// </summary>
    private static List<(ClaimsPrincipal Admin, string Code)> Interleaved(List<List<(ClaimsPrincipal Admin, string Code)>> firmsByProgramme) =>
        Enumerable.Range(0, firmsByProgramme.Max(firms => firms.Count))
            .SelectMany(i => firmsByProgramme.Where(firms => i < firms.Count).Select(firms => firms[i]))
            .ToList();

    private static LedgerPosting Posting(string kind, Guid programmeId, string from, Guid fromOwner, string to, long amount, Guid? toOwner = null) => new()
    {
        Kind = kind, Memo = kind,
        Lines =
        [
            new LedgerLine { Account = from, OwnerId = fromOwner, ProgrammeId = programmeId, AmountMinor = -amount, Currency = "CNY" },
            new LedgerLine { Account = to, OwnerId = toOwner ?? fromOwner, ProgrammeId = programmeId, AmountMinor = amount, Currency = "CNY" },
        ],
    };

    private static async Task<(IReadOnlyList<string> Ids, IReadOnlyList<string> Scopes)> PublishAppsAsync(IServiceProvider services, Guid vendor, int count)
    {
        var template = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "marketplace", "shopfloor-andon", "app.json")))!;
        var ids = new List<string>();
        IReadOnlyList<string> scopes = [];
        for (var i = 0; i < count; i++)
        {
            var node = template.DeepClone();
            node["id"] = $"bench-app-{i}";
            node["category"] = "production";
            node["voucherEligible"] = true;
            node["pricing"] = new JsonObject { ["model"] = "one-time", ["amountMinor"] = PriceMinor, ["currency"] = "CNY" };
            var json = node.ToJsonString();
            var manifest = JsonSerializer.Deserialize<AppManifest>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CatalogueStore>().PublishAsync(manifest, json, vendor, default);
            ids.Add(manifest.Id);
            scopes = manifest.DataScopes.Select(s => s.Scope).ToList();
        }
        return (ids, scopes);
    }

    private static ClaimsPrincipal Admin(Guid firm) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
        new Claim(ClaimTypes.Role, Roles.FirmAdmin),
        new Claim(PortalClaimTypes.OrganisationId, firm.ToString()),
        new Claim(PortalClaimTypes.OrganisationKind, "Firm"),
        new Claim(PortalClaimTypes.OrganisationName, "Bench firm"),
    ], "Bench"));

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SmeOnboard.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }
}
