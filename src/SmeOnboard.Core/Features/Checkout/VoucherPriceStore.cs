using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers.Integrity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>
/// "Your price after voucher" for the current firm, before it goes to checkout: each voucher it holds is read as
/// checkout reads it and split by the same <see cref="ShareCalculator"/>, so the page and the order never disagree.
/// Nothing is held; the figures can change until the order places its hold.
/// </summary>
public sealed class VoucherPriceStore(IDbConnectionFactory db, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>Every voucher the firm holds against a paid app, those that apply first (largest share first); empty for a free app.</summary>
    public async Task<IReadOnlyList<VoucherPrice>> ForAppAsync(CatalogueApp app, CancellationToken cancellationToken = default)
    {
        var prices = await PriceAsync([app], cancellationToken);
        return prices.Where(p => p.AppId == app.Id).Select(p => p.Price)
            .OrderBy(p => p.Split is null).ThenByDescending(p => p.Split?.ShareMinor ?? 0).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>The best split a held voucher gives each paid app of a catalogue page; apps no voucher applies to are left out.</summary>
    public async Task<IReadOnlyDictionary<string, ShareQuote>> BestForAppsAsync(IReadOnlyList<CatalogueApp> apps, CancellationToken cancellationToken = default)
    {
        var prices = await PriceAsync(apps, cancellationToken);
        return prices.Where(p => p.Price.Split is not null)
            .GroupBy(p => p.AppId)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Price.Split!).MaxBy(s => s.ShareMinor)!, StringComparer.Ordinal);
    }

    private async Task<List<(string AppId, VoucherPrice Price)>> PriceAsync(IReadOnlyList<CatalogueApp> apps, CancellationToken cancellationToken)
    {
        var firmOrgId = actor.RequireOrganisationId();
        var paid = apps.Where(a => !a.IsFree).ToList();
        var result = new List<(string, VoucherPrice)>();
        if (actor.OrganisationKind != OrganisationKind.Firm || paid.Count == 0)
        {
            return result;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        var held = (await connection.QueryAsync<HeldVoucher>(new CommandDefinition(
            """
            SELECT v.code, r.name_en AS programme_name_en, r.name_zh AS programme_name_zh
            FROM vouchers v JOIN voucher_programme_revisions r ON r.programme_id = v.programme_id AND r.revision = v.revision
            WHERE v.firm_org_id = @firmOrgId ORDER BY v.issued_at DESC, v.id
            """, new { firmOrgId }, cancellationToken: cancellationToken))).AsList();
        if (held.Count == 0)
        {
            return result;
        }
        var basis = await ShareBasis.ReadAsync(connection, null, paid[0], firmOrgId, clock.GetUtcNow(), cancellationToken);
        foreach (var voucher in held)
        {
            var state = await VoucherState.ReadAsync(connection, null, "", voucher.Code, basis, cancellationToken);
            if (state?.Voucher is not { } read)
            {
                continue;
            }
            var integrity = await IntegrityGate.RefusalsAsync(connection, read, cancellationToken);
            foreach (var app in paid)
            {
                var split = integrity(app.VendorOrgId) is { } refusal
                    ? Result<ShareQuote>.Failure(refusal)
                    : ShareCalculator.Calculate(ShareBasis.ForApp(state, app));
                result.Add((app.Id, new VoucherPrice
                {
                    Code = voucher.Code, ProgrammeNameEn = voucher.ProgrammeNameEn, ProgrammeNameZh = voucher.ProgrammeNameZh,
                    Split = split.Succeeded ? split.Value : null, Refusal = split.Succeeded ? null : split.Errors[0],
                }));
            }
        }
        return result;
    }

    private sealed class HeldVoucher
    {
        public string Code { get; init; } = "";
        public string ProgrammeNameEn { get; init; } = "";
        public string ProgrammeNameZh { get; init; } = "";
    }
}
