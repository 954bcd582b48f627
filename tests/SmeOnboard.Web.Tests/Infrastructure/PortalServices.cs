using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vendors;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Web.Tests.Infrastructure;

/// <summary>Arranges data through the portal's own services, the way its pages would, so tests need no SQL.</summary>
public static class PortalServices
{
    public const string TestPassword = "Test-pass-2026";

    /// <summary>A unique address, so tests sharing the run's database never meet.</summary>
    public static string UniqueEmail(string who) => $"{who}-{Guid.NewGuid():N}@tests.example";

    /// <summary>Signs up a new firm with its admin through <see cref="OrganisationRegistration"/>.</summary>
    public static async Task<TestFirm> RegisterFirmAsync(this PortalFactory portal, string label = "Firm")
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var name = $"{label} Works {suffix}";
        var adminName = $"Admin {suffix}";
        var email = UniqueEmail($"admin-{label.ToLowerInvariant()}");
        await using var scope = portal.Services.CreateAsyncScope();
        var registration = scope.ServiceProvider.GetRequiredService<OrganisationRegistration>();
        var result = await registration.RegisterAsync(
            OrganisationKind.Firm,
            new CompanyProfile { Name = name, Region = "CN-ZJ-NB", IndustryCode = "C22", HeadcountBand = "10-49", TurnoverBand = "1M-10M" },
            new NewAccount(adminName, email, TestPassword));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var membership = await scope.ServiceProvider.GetRequiredService<MembershipStore>().FindForUserAsync(result.Value.Id);
        return new TestFirm(membership!.OrgId, name, adminName, email, TestPassword);
    }

    /// <summary>A vendor organisation of the test's own, signed up as vendors sign up; its developer's credentials as a TestFirm.</summary>
    public static async Task<TestFirm> RegisterVendorAsync(this PortalFactory portal, string label = "Vendor")
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var name = $"{label} Software {suffix}";
        var developer = $"Developer {suffix}";
        var email = UniqueEmail($"dev-{label.ToLowerInvariant()}");
        await using var scope = portal.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<OrganisationRegistration>().RegisterAsync(
            OrganisationKind.Vendor, new CompanyProfile { Name = name, Region = "CN-SH", Website = "https://vendor.example" },
            new NewAccount(developer, email, TestPassword));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var membership = await scope.ServiceProvider.GetRequiredService<MembershipStore>().FindForUserAsync(result.Value.Id);
        return new TestFirm(membership!.OrgId, name, developer, email, TestPassword);
    }

    /// <summary>A vendor of the test's own that the platform records as onboarded (as the demo seed does), so it may submit.</summary>
    public static async Task<TestFirm> RegisterOnboardedVendorAsync(this PortalFactory portal, string label = "Vendor")
    {
        var vendor = await portal.RegisterVendorAsync(label);
        await portal.WithServicesAsync(services => services.GetRequiredService<VendorOnboardingStore>().RecordDemoOnboardingAsync(vendor.OrgId, new VendorProfile
        {
            LegalName = vendor.Name, Website = "https://vendor.example", SupportEmail = "support@vendor.example", Address = "1 Test Road", Country = "CN",
        }));
        return vendor;
    }

    /// <summary>
    /// Runs <paramref name="action"/> in a fresh scope acting as the account with <paramref name="email"/>, with the
    /// same claims its sign-in cookie would carry, so tenant-scoped stores act for that person's organisation.
    /// </summary>
    public static async Task<T> ActAsAsync<T>(this PortalFactory portal, string email, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No account {email}.");
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().Set(principal);
        return await action(scope.ServiceProvider);
    }

    /// <summary>Runs <paramref name="action"/> in a fresh scope with nobody signed in (sign-up, password checks).</summary>
    public static async Task<T> WithServicesAsync<T>(this PortalFactory portal, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public static Task<AppUser?> FindUserAsync(this PortalFactory portal, string email) =>
        portal.WithServicesAsync(services => services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email));

    public static Task<bool> PasswordIsAsync(this PortalFactory portal, string email, string password) =>
        portal.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
            return await users.CheckPasswordAsync(user, password);
        });
}
