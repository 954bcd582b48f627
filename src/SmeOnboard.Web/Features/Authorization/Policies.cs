using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

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
            .AddPolicy(OrganisationAdmin, p => p.RequireRole(Roles.FirmAdmin, Roles.VendorDeveloper));
        services.AddCascadingAuthenticationState();
        return services;
    }
}
