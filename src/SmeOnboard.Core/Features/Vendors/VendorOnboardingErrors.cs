using SmeOnboard.Core.Common;

namespace SmeOnboard.Core.Features.Vendors;

/// <summary>The expected refusals of vendor onboarding; codes are resource keys the pages translate.</summary>
public static class VendorOnboardingErrors
{
    public static readonly FieldError VendorOnly = new("", "Errors.OnboardingVendorOnly", "Only a vendor's developers can onboard their organisation.");
    public static readonly FieldError LegalNameRequired = new("legalName", "Errors.OnboardingLegalName", "Enter the legal name of your company.");
    public static readonly FieldError WebsiteInvalid = new("website", "Errors.OnboardingWebsite", "Enter your website as https://your-domain, without a path.");
    public static readonly FieldError SupportEmailInvalid = new("supportEmail", "Errors.OnboardingSupportEmail", "Enter an email address firms can write to for support.");
    public static readonly FieldError AddressRequired = new("address", "Errors.OnboardingAddress", "Enter your company's postal address.");
    public static readonly FieldError CountryInvalid = new("country", "Errors.OnboardingCountry", "Choose the country your company is registered in.");
    public static readonly FieldError TooLong = new("", "Errors.OnboardingTooLong", "A field is longer than 200 characters.");
    public static readonly FieldError ProfileFirst = new("", "Errors.OnboardingProfileFirst", "Save your profile with your website first.");
    public static readonly FieldError AgreementOutdated = new("", "Errors.OnboardingAgreementOutdated", "The agreement has changed meanwhile; read the current text and accept it.");
    public static readonly FieldError PayoutAccountInvalid = new("payoutAccount", "Errors.OnboardingPayoutAccount", "A Stripe Connect account id looks like acct_ followed by letters and digits, e.g. acct_1Nv0FGQ9RKHgCVdK.");
    public static readonly FieldError SandboxUnavailable = new("", "Errors.OnboardingSandboxUnavailable", "Sandbox payout accounts exist only while the portal runs without Stripe keys.");

    public static readonly FieldError DomainNotFound = new("", "Errors.DomainNotFound", "Neither the TXT record nor the file holds a token yet. DNS changes can take a while; check again later.");
    public static readonly FieldError DomainUnreachable = new("", "Errors.DomainUnreachable", "Your domain could not be reached (neither DNS nor the website answered). Check the website address and try again.");

    public static FieldError DomainWrongToken(string found) =>
        new("", "Errors.DomainWrongToken", $"A value was found, but not your token (found: {found}). Replace it with the token shown.");

    public static FieldError Incomplete(IEnumerable<OnboardingStep> missing) =>
        new("", "Errors.OnboardingIncomplete", $"Finish your vendor onboarding before submitting an app: {string.Join(", ", missing)} still open.");
}
