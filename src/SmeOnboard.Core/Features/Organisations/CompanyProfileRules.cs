using SmeOnboard.Core.Common;

namespace SmeOnboard.Core.Features.Organisations;

/// <summary>What a profile must hold for each kind of organisation; the same rules apply on sign-up and on edit.</summary>
public static class CompanyProfileRules
{
    public const int MaxNameLength = 120;

    public static IReadOnlyList<FieldError> Check(OrganisationKind kind, CompanyProfile profile)
    {
        var errors = new List<FieldError>();
        var name = profile.Name.Trim();
        if (name.Length == 0)
        {
            errors.Add(new(nameof(CompanyProfile.Name), "Errors.OrganisationNameRequired", "Enter the organisation's name."));
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(new(nameof(CompanyProfile.Name), "Errors.OrganisationNameTooLong", $"Keep the name under {MaxNameLength} characters."));
        }

        if (!ProfileChoices.IsKnown(ProfileChoices.Regions, profile.Region))
        {
            errors.Add(new(nameof(CompanyProfile.Region), "Errors.RegionRequired", "Choose the region the organisation is registered in."));
        }

        if (kind == OrganisationKind.Firm)
        {
            if (!ProfileChoices.IsKnown(ProfileChoices.Industries, profile.IndustryCode))
            {
                errors.Add(new(nameof(CompanyProfile.IndustryCode), "Errors.IndustryRequired", "Choose what the firm makes."));
            }
            if (!ProfileChoices.IsKnown(ProfileChoices.HeadcountBands, profile.HeadcountBand))
            {
                errors.Add(new(nameof(CompanyProfile.HeadcountBand), "Errors.HeadcountRequired", "Choose how many people work at the firm."));
            }
            if (!ProfileChoices.IsKnown(ProfileChoices.TurnoverBands, profile.TurnoverBand))
            {
                errors.Add(new(nameof(CompanyProfile.TurnoverBand), "Errors.TurnoverRequired", "Choose the firm's yearly turnover."));
            }
        }

        if (kind == OrganisationKind.Vendor && !IsHttpsUrl(profile.Website))
        {
            errors.Add(new(nameof(CompanyProfile.Website), "Errors.WebsiteHttps", "Enter the vendor's website as an https:// address."));
        }
        return errors;
    }

    private static bool IsHttpsUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);
}
