namespace SmeOnboard.Core.Features.Vendors;

/// <summary>A vendor_onboarding row: the vendor's profile, domain proof, agreement and payout account as far as done.</summary>
public sealed class VendorOnboarding
{
    public const string Columns =
        "org_id, legal_name, website, support_email, address, country, profile_updated_at, domain, domain_token, domain_verified_at, " +
        "domain_method, agreement_version, agreement_accepted_at, agreement_accepted_by, agreement_accepted_by_name, payout_account_id, " +
        "payout_sandbox, payout_set_at";

    public Guid OrgId { get; init; }
    public string? LegalName { get; init; }
    public string? Website { get; init; }
    public string? SupportEmail { get; init; }
    public string? Address { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string? Country { get; init; }

    public DateTimeOffset? ProfileUpdatedAt { get; init; }

    /// <summary>The website's host name, which the vendor proves to control.</summary>
    public string? Domain { get; init; }

    /// <summary>The value the vendor places in the TXT record or the well-known file.</summary>
    public string? DomainToken { get; init; }

    public DateTimeOffset? DomainVerifiedAt { get; init; }
    public DomainProofMethod? DomainMethod { get; init; }
    public string? AgreementVersion { get; init; }
    public DateTimeOffset? AgreementAcceptedAt { get; init; }
    public Guid? AgreementAcceptedBy { get; init; }
    public string? AgreementAcceptedByName { get; init; }

    /// <summary>A Stripe Connect account id (acct_…), or a sandbox id when <see cref="PayoutSandbox"/>.</summary>
    public string? PayoutAccountId { get; init; }

    public bool PayoutSandbox { get; init; }
    public DateTimeOffset? PayoutSetAt { get; init; }

    public bool ProfileComplete => ProfileUpdatedAt is not null;

    public bool DomainVerified => DomainVerifiedAt is not null;

    /// <summary>Accepted the agreement in force; acceptance of an older text no longer counts.</summary>
    public bool AgreementAccepted => AgreementVersion == VendorAgreement.CurrentVersion && AgreementAcceptedAt is not null;

    public bool PayoutComplete => PayoutAccountId is not null;

    /// <summary>The steps still open, in the order the page shows them.</summary>
    public IReadOnlyList<OnboardingStep> Missing =>
    [
        .. ProfileComplete ? Array.Empty<OnboardingStep>() : [OnboardingStep.Profile],
        .. DomainVerified ? Array.Empty<OnboardingStep>() : [OnboardingStep.Domain],
        .. AgreementAccepted ? Array.Empty<OnboardingStep>() : [OnboardingStep.Agreement],
        .. PayoutComplete ? Array.Empty<OnboardingStep>() : [OnboardingStep.Payout],
    ];

    public bool IsComplete => Missing.Count == 0;

    public static VendorOnboarding Empty(Guid orgId) => new() { OrgId = orgId };
}
