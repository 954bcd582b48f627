using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Features.Marketplace.ApiKeys;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Web.Features.Vendors;

namespace SmeOnboard.Web.Features.Authorization;

/// <summary>The named policies every page and endpoint declares; the authorization-matrix test holds them to it.</summary>
public static class Policies
{
    /// <summary>Anyone signed in who acts for an organisation.</summary>
    public const string OrganisationMember = nameof(OrganisationMember);

    /// <summary>Members and admins of a manufacturing firm.</summary>
    public const string Firm = nameof(Firm);

    public const string FirmAdmin = nameof(FirmAdmin);

    public const string Vendor = nameof(Vendor);

    public const string Government = nameof(Government);

    public const string PlatformAdmin = nameof(PlatformAdmin);

    /// <summary>A vendor's developer signed in, or a vendor API key holding submissions.write.</summary>
    public const string VendorSubmit = nameof(VendorSubmit);

    /// <summary>A vendor's developer signed in, or a vendor API key holding submissions.read.</summary>
    public const string VendorRead = nameof(VendorRead);

    /// <summary>Those who administer their organisation: its profile and its members.</summary>
    public const string OrganisationAdmin = nameof(OrganisationAdmin);

    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(OrganisationMember, p => p.RequireAuthenticatedUser().RequireClaim(PortalClaimTypes.OrganisationId))
            .AddPolicy(Firm, p => p.RequireRole(Roles.FirmMember, Roles.FirmAdmin))
            .AddPolicy(FirmAdmin, p => p.RequireRole(Roles.FirmAdmin))
            .AddPolicy(Vendor, p => p.RequireRole(Roles.VendorDeveloper))
            .AddPolicy(Government, p => p.RequireRole(Roles.GovOfficer))
            .AddPolicy(PlatformAdmin, p => p.RequireRole(Roles.PlatformAdmin))
            .AddPolicy(VendorSubmit, p => VendorApi(p, VendorApiScopes.SubmissionsWrite))
            .AddPolicy(VendorRead, p => VendorApi(p, VendorApiScopes.SubmissionsRead))
            .AddPolicy(OrganisationAdmin, p => p.RequireRole(Roles.FirmAdmin, Roles.VendorDeveloper));
        services.AddCascadingAuthenticationState();
        return services;
    }

    /// <summary>The cookie or a vendor API key; a key must also hold <paramref name="scope"/>, else 403.</summary>
    private static void VendorApi(AuthorizationPolicyBuilder policy, string scope) => policy
        .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ApiKeyAuthentication.SchemeName)
        .RequireRole(Roles.VendorDeveloper)
        .RequireAssertion(context => !context.User.Identities.Any(i => i.AuthenticationType == ApiKeyAuthentication.SchemeName)
            || context.User.HasClaim(ApiKeyAuthentication.ScopeClaim, scope));
}
