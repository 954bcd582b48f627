using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vendors;

namespace SmeOnboard.Web.Features.Demo;

public sealed partial class DemoSeeder
{
    /// <summary>
    /// Records every demo vendor as onboarded, so their developers can submit at once; runs on every start, so databases
    /// seeded before vendor onboarding existed catch up. A vendor with onboarding of its own is left alone.
    /// </summary>
    private async Task SeedVendorOnboardingAsync()
    {
        var vendors = (await organisations.ListByKindAsync(OrganisationKind.Vendor)).GroupBy(v => v.Name).ToDictionary(g => g.Key, g => g.First().Id);
        foreach (var demo in DemoAccounts.Organisations.Where(o => o.Kind == OrganisationKind.Vendor))
        {
            if (!vendors.TryGetValue(demo.Profile.Name, out var orgId) || demo.Profile.Website is not { } website)
            {
                continue;
            }
            var profile = new VendorProfile
            {
                LegalName = demo.Profile.Name, Website = website, SupportEmail = $"support@{new Uri(website).Host}",
                Address = DemoReviews.AddressOf(demo.Profile.Region), Country = "CN",
            };
            if (await vendorOnboarding.RecordDemoOnboardingAsync(orgId, profile))
            {
                LogSeeded(logger, $"{demo.Profile.Name} onboarding");
            }
        }
    }
}
