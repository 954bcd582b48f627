using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Web.Features.Account;
using SmeOnboard.Web.Features.Administration;
using SmeOnboard.Web.Features.Audit;
using SmeOnboard.Web.Features.Authorization;
using SmeOnboard.Web.Features.Home;
using SmeOnboard.Web.Features.Organisations;

namespace SmeOnboard.Web.Tests.Infrastructure;

/// <summary>
/// A bUnit context wired like the portal's layout: MudBlazor, English strings, the app's authorization policies and
/// the menu entries the feature modules register. The person is set with <see cref="SignInAs"/>.
/// </summary>
public abstract class PortalComponentContext : BunitContext
{
    private readonly CultureInfo _previousCulture = CultureInfo.CurrentUICulture;

    protected PortalComponentContext()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        Services.AddLocalization();
        Authorization = AddAuthorization();
        Services.AddPortalAuthorization();
        // bUnit's stand-in authorization service grants named policies from a list the test sets, which would test that
        // list; the real service evaluates the portal's own policies against the test's principal instead.
        Services.AddTransient<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddTransient<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
        // The modules register their menu entries next to their other services, as in Program.cs.
        Services.AddAccount().AddHome().AddOrganisations().AddAudit().AddAdministration();
    }

    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>Signs in a person in <paramref name="role"/> with the claims the portal's sign-in cookie carries.</summary>
    protected void SignInAs(string role, string displayName = "Test Person", string organisationName = "Test Organisation")
    {
        var kind = role switch
        {
            Roles.FirmMember or Roles.FirmAdmin => OrganisationKind.Firm,
            Roles.VendorDeveloper => OrganisationKind.Vendor,
            Roles.GovOfficer => OrganisationKind.Government,
            Roles.PlatformAdmin => OrganisationKind.Platform,
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a portal role."),
        };
        Authorization.SetAuthorized($"{role.ToLowerInvariant()}@tests.example");
        Authorization.SetRoles(role);
        Authorization.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
            new Claim(PortalClaimTypes.DisplayName, displayName),
            new Claim(PortalClaimTypes.OrganisationId, Guid.NewGuid().ToString()),
            new Claim(PortalClaimTypes.OrganisationKind, kind.ToString()),
            new Claim(PortalClaimTypes.OrganisationName, organisationName));
    }

    protected override ValueTask DisposeAsyncCore()
    {
        CultureInfo.CurrentUICulture = _previousCulture;
        return base.DisposeAsyncCore();
    }
}
