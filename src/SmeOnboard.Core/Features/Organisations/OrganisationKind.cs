namespace SmeOnboard.Core.Features.Organisations;

/// <summary>What kind of tenant an organisation is.</summary>
public enum OrganisationKind
{
    Firm,
    Vendor,
    Government,
    Platform,
}
