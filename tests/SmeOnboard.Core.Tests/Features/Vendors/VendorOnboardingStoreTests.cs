using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Marketplace.Submissions;
using SmeOnboard.Core.Features.Vendors;
using SmeOnboard.Core.Tests.Features.Marketplace;
using SmeOnboard.Core.Tests.Features.Marketplace.Submissions;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vendors;

public sealed class VendorOnboardingStoreTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_new_vendor_has_every_step_still_open(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterVendorAsync();

        var onboarding = await portal.As<VendorOnboardingStore>(vendor.Principal).GetForCurrentAsync(Ct);

        Assert.Equal([OnboardingStep.Profile, OnboardingStep.Domain, OnboardingStep.Agreement, OnboardingStep.Payout], onboarding.Missing);
    }

    [Theory, BothDatabases]
    public async Task Saving_the_profile_sets_the_website_domain_to_verify_with_a_fresh_token(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterVendorAsync();
        var profile = TestProfiles.VendorProfile();

        var saved = (await portal.As<VendorOnboardingStore>(vendor.Principal).SaveProfileForCurrentAsync(profile, Ct)).Value;

        Assert.Equal(new Uri(profile.Website).Host, saved.Domain);
        Assert.StartsWith("smeonboard-verify=", saved.DomainToken, StringComparison.Ordinal);
        Assert.Equal([OnboardingStep.Domain, OnboardingStep.Agreement, OnboardingStep.Payout], saved.Missing);
    }

    [Theory, BothDatabases]
    public async Task A_profile_with_an_http_website_a_bad_email_and_an_unknown_country_is_refused_with_each_reason(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterVendorAsync();
        var profile = TestProfiles.VendorProfile();
        profile.Website = "http://vendor.example/about";
        profile.SupportEmail = "not an address";
        profile.Country = "XX";

        var result = await portal.As<VendorOnboardingStore>(vendor.Principal).SaveProfileForCurrentAsync(profile, Ct);

        Assert.Equal(["website", "supportEmail", "country"], result.Errors.Select(e => e.Field));
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM vendor_onboarding WHERE org_id = @id", new { id = vendor.Organisation.Id }));
    }

    [Theory, BothDatabases]
    public async Task The_domain_is_verified_by_the_token_in_its_TXT_record(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (vendor, saved) = await ProfiledVendorAsync(portal);
        portal.Domains.PublishTxt(saved.Domain!, "v=spf1 -all", saved.DomainToken!);

        var result = await portal.As<VendorOnboardingStore>(vendor.Principal).VerifyDomainForCurrentAsync(Ct);

        Assert.Equal((true, DomainProofMethod.DnsTxt), (result.Value.DomainVerified, result.Value.DomainMethod));
    }

    [Theory, BothDatabases]
    public async Task The_domain_is_verified_by_the_token_in_the_well_known_file(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (vendor, saved) = await ProfiledVendorAsync(portal);
        portal.Domains.PublishFile(saved.Domain!, saved.DomainToken + "\n");

        var result = await portal.As<VendorOnboardingStore>(vendor.Principal).VerifyDomainForCurrentAsync(Ct);

        Assert.Equal((true, DomainProofMethod.WellKnownFile), (result.Value.DomainVerified, result.Value.DomainMethod));
    }

    [Theory, BothDatabases]
    public async Task A_wrong_token_is_refused_and_the_message_shows_what_was_found(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (vendor, saved) = await ProfiledVendorAsync(portal);
        portal.Domains.PublishTxt(saved.Domain!, "smeonboard-verify=0000");

        var result = await portal.As<VendorOnboardingStore>(vendor.Principal).VerifyDomainForCurrentAsync(Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Errors.DomainWrongToken", error.Code);
        Assert.Contains("smeonboard-verify=0000", error.Message, StringComparison.Ordinal);
        Assert.False((await portal.As<VendorOnboardingStore>(vendor.Principal).GetForCurrentAsync(Ct)).DomainVerified);
    }

    [Theory, BothDatabases]
    public async Task An_unreachable_domain_is_reported_as_such_and_the_failed_check_is_audited(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (vendor, saved) = await ProfiledVendorAsync(portal);
        portal.Domains.MakeUnreachable(saved.Domain!);

        var result = await portal.As<VendorOnboardingStore>(vendor.Principal).VerifyDomainForCurrentAsync(Ct);

        Assert.Equal(VendorOnboardingErrors.DomainUnreachable, Assert.Single(result.Errors));
        var entry = (await portal.As<AuditLog>(vendor.Principal).ListForCurrentOrganisationAsync(1, Ct)).Single();
        Assert.Equal("vendor.domain-check-failed", entry.Action);
        Assert.Contains("Unreachable", entry.Summary, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task A_domain_without_record_or_file_is_not_found(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (vendor, _) = await ProfiledVendorAsync(portal);

        var result = await portal.As<VendorOnboardingStore>(vendor.Principal).VerifyDomainForCurrentAsync(Ct);

        Assert.Equal(VendorOnboardingErrors.DomainNotFound, Assert.Single(result.Errors));
    }

    [Theory, BothDatabases]
    public async Task Moving_the_website_to_another_domain_needs_a_new_proof(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (vendor, saved) = await ProfiledVendorAsync(portal);
        portal.Domains.PublishTxt(saved.Domain!, saved.DomainToken!);
        await portal.As<VendorOnboardingStore>(vendor.Principal).VerifyDomainForCurrentAsync(Ct);
        var moved = TestProfiles.VendorProfile();

        var after = (await portal.As<VendorOnboardingStore>(vendor.Principal).SaveProfileForCurrentAsync(moved, Ct)).Value;

        Assert.False(after.DomainVerified);
        Assert.NotEqual(saved.DomainToken, after.DomainToken);
    }

    [Theory, BothDatabases]
    public async Task Accepting_the_agreement_records_its_version_who_and_when(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterVendorAsync();

        var accepted = (await portal.As<VendorOnboardingStore>(vendor.Principal).AcceptAgreementForCurrentAsync(VendorAgreement.CurrentVersion, Ct)).Value;

        Assert.Equal((VendorAgreement.CurrentVersion, vendor.Admin.Id, portal.Clock.GetUtcNow()),
            (accepted.AgreementVersion, accepted.AgreementAcceptedBy!.Value, accepted.AgreementAcceptedAt!.Value));
        Assert.Equal(vendor.Admin.DisplayName, accepted.AgreementAcceptedByName);
    }

    [Theory, BothDatabases]
    public async Task Accepting_an_outdated_agreement_is_refused(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterVendorAsync();

        var result = await portal.As<VendorOnboardingStore>(vendor.Principal).AcceptAgreementForCurrentAsync("2019-01", Ct);

        Assert.Equal(VendorOnboardingErrors.AgreementOutdated, Assert.Single(result.Errors));
    }

    [Theory, BothDatabases]
    public async Task A_payout_account_id_not_shaped_like_a_Stripe_Connect_account_is_refused(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterVendorAsync();

        var result = await portal.As<VendorOnboardingStore>(vendor.Principal).SetPayoutAccountForCurrentAsync("cus_123456789", Ct);

        Assert.Equal(VendorOnboardingErrors.PayoutAccountInvalid, Assert.Single(result.Errors));
    }

    [Theory, BothDatabases]
    public async Task A_Stripe_Connect_account_id_is_recorded_as_a_real_payout_account(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterVendorAsync();

        var saved = (await portal.As<VendorOnboardingStore>(vendor.Principal).SetPayoutAccountForCurrentAsync(" acct_1Nv0FGQ9RKHgCVdK ", Ct)).Value;

        Assert.Equal(("acct_1Nv0FGQ9RKHgCVdK", false), (saved.PayoutAccountId, saved.PayoutSandbox));
    }

    [Theory, BothDatabases]
    public async Task Without_Stripe_keys_a_vendor_gets_a_sandbox_payout_account_marked_as_such(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterVendorAsync();

        var saved = (await portal.As<VendorOnboardingStore>(vendor.Principal).CreateSandboxPayoutForCurrentAsync(Ct)).Value;

        Assert.True(saved.PayoutSandbox);
        Assert.StartsWith("acct_sandbox_", saved.PayoutAccountId, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task Every_onboarding_step_is_in_the_audit_log(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterOnboardedVendorAsync();

        var actions = (await portal.As<AuditLog>(vendor.Principal).ListForCurrentOrganisationAsync(10, Ct)).Select(e => e.Action).ToList();

        Assert.Subset(actions.ToHashSet(),
            new HashSet<string> { "vendor.profile-saved", "vendor.domain-verified", "vendor.agreement-accepted", "vendor.payout-account-set" });
    }

    [Theory, BothDatabases]
    public async Task A_vendor_cannot_submit_an_app_until_onboarding_is_complete_and_is_told_what_is_missing(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterVendorAsync();
        await portal.As<VendorOnboardingStore>(vendor.Principal).AcceptAgreementForCurrentAsync(VendorAgreement.CurrentVersion, Ct);

        var result = await portal.As<SubmissionStore>(vendor.Principal)
            .SubmitForCurrentAsync(SubmissionHarness.Manifest(vendor, TestManifests.UniqueId("gate")), null, Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Errors.OnboardingIncomplete", error.Code);
        Assert.Contains("Profile, Domain, Payout", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM marketplace_submissions WHERE vendor_org_id = @id", new { id = vendor.Organisation.Id }));
    }

    [Theory, BothDatabases]
    public async Task A_firm_cannot_change_vendor_onboarding(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();

        var result = await portal.As<VendorOnboardingStore>(firm.Principal).AcceptAgreementForCurrentAsync(VendorAgreement.CurrentVersion, Ct);

        Assert.Equal(VendorOnboardingErrors.VendorOnly, Assert.Single(result.Errors));
    }

    private static async Task<(Registered Vendor, VendorOnboarding Saved)> ProfiledVendorAsync(PortalHarness portal)
    {
        var vendor = await portal.RegisterVendorAsync();
        var saved = await portal.As<VendorOnboardingStore>(vendor.Principal).SaveProfileForCurrentAsync(TestProfiles.VendorProfile(), Ct);
        return (vendor, saved.Value);
    }
}
