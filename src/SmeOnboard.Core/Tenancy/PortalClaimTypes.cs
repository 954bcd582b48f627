namespace SmeOnboard.Core.Tenancy;

/// <summary>Claims the portal adds to a signed-in person's cookie.</summary>
public static class PortalClaimTypes
{
    public const string OrganisationId = "smeonboard:org_id";
    public const string OrganisationKind = "smeonboard:org_kind";
    public const string OrganisationName = "smeonboard:org_name";
    public const string DisplayName = "smeonboard:display_name";
}
