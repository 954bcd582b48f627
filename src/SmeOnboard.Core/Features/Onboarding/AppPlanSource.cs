using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Marketplace.Manifests;
using SmeOnboard.Core.Features.Vouchers;

namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>
/// What the plan's app recommendations are made from: the listed apps of the catalogue with their manifests, and the
/// open voucher programmes the acting firm is eligible for (by the programmes' own eligibility rules), with its coverage.
/// </summary>
public sealed class AppPlanSource(CatalogueStore catalogue, FirmVoucherStore vouchers)
{
    public async Task<IReadOnlyList<AppManifest>> ListAppsAsync(CancellationToken cancellationToken = default)
    {
        var page = await catalogue.SearchAsync(new CatalogueQuery { PageSize = CatalogueQuery.MaxPageSize }, cancellationToken);
        var apps = new List<AppManifest>();
        foreach (var listed in page.Items.Where(a => a.IsListed))
        {
            if (await catalogue.FindAsync(listed.Id, cancellationToken) is { Manifest: not null } app)
                apps.Add(app.ReadManifest());
        }
        return apps;
    }

    public async Task<IReadOnlyList<PlanVoucher>> ListVouchersAsync(CancellationToken cancellationToken = default) =>
        (await vouchers.ListOffersAsync(cancellationToken))
            .Where(o => o.IsEligible)
            .Select(o => new PlanVoucher(o.Programme.NameEn, o.Programme.NameZh, o.Programme.Currency, o.CoveragePercent,
                o.Programme.Rules.CapPerFirmMinor, o.Programme.Rules.Categories, o.Programme.Rules.ApprovedAppIds))
            .ToList();
}
