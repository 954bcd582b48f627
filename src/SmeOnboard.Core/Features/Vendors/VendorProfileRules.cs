using System.Net.Mail;
using SmeOnboard.Core.Common;

namespace SmeOnboard.Core.Features.Vendors;

/// <summary>Checks a vendor profile and derives the domain to verify from its website.</summary>
public static class VendorProfileRules
{
    public static IReadOnlyList<FieldError> Check(VendorProfile profile)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(profile.LegalName))
        {
            errors.Add(VendorOnboardingErrors.LegalNameRequired);
        }
        if (DomainOf(profile.Website) is null)
        {
            errors.Add(VendorOnboardingErrors.WebsiteInvalid);
        }
        if (!MailAddress.TryCreate(profile.SupportEmail.Trim(), out var mail) || mail.Address != profile.SupportEmail.Trim())
        {
            errors.Add(VendorOnboardingErrors.SupportEmailInvalid);
        }
        if (string.IsNullOrWhiteSpace(profile.Address))
        {
            errors.Add(VendorOnboardingErrors.AddressRequired);
        }
        if (!VendorCountries.All.Contains(profile.Country))
        {
            errors.Add(VendorOnboardingErrors.CountryInvalid);
        }
        if (new[] { profile.LegalName, profile.Website, profile.SupportEmail, profile.Address }.Any(v => v.Length > VendorProfile.MaxLength))
        {
            errors.Add(VendorOnboardingErrors.TooLong);
        }
        return errors;
    }

    /// <summary>The host of an https website address without path, query or port, lower case; null when it is not one.</summary>
    public static string? DomainOf(string website)
    {
        if (!Uri.TryCreate(website.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || !uri.IsDefaultPort || uri.UserInfo.Length > 0
            || uri.HostNameType != UriHostNameType.Dns || !uri.Host.Contains('.'))
        {
            return null;
        }
        return uri.IdnHost.ToLowerInvariant();
    }
}
