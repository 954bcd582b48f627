using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Web.Features.Vouchers;

/// <summary>The catalogue's listed apps as choices an officer can approve for a programme.</summary>
public sealed class ProgrammeApps(CatalogueStore catalogue)
{
    public async Task<IReadOnlyList<ProfileChoice>> ListAsync()
    {
        var apps = new List<ProfileChoice>();
        for (var page = 1; ; page++)
        {
            var found = await catalogue.SearchAsync(new CatalogueQuery { Page = page, PageSize = CatalogueQuery.MaxPageSize });
            apps.AddRange(found.Items.Select(app => new ProfileChoice(app.Id, $"{app.NameEn} · {app.VendorName}", $"{app.NameZh} · {app.VendorName}")));
            if (page >= found.PageCount)
            {
                return apps;
            }
        }
    }
}
