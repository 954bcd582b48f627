using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Core.Identity;

/// <summary>The five roles of the portal; each belongs to one kind of organisation.</summary>
public static class Roles
{
    public const string FirmMember = nameof(FirmMember);
    public const string FirmAdmin = nameof(FirmAdmin);
    public const string VendorDeveloper = nameof(VendorDeveloper);
    public const string GovOfficer = nameof(GovOfficer);
    public const string PlatformAdmin = nameof(PlatformAdmin);

    public static readonly IReadOnlyList<string> All = [FirmMember, FirmAdmin, VendorDeveloper, GovOfficer, PlatformAdmin];

    /// <summary>The roles a member of this kind of organisation may hold.</summary>
    public static IReadOnlyList<string> For(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Firm => [FirmMember, FirmAdmin],
        OrganisationKind.Vendor => [VendorDeveloper],
        OrganisationKind.Government => [GovOfficer],
        OrganisationKind.Platform => [PlatformAdmin],
        _ => [],
    };
}
