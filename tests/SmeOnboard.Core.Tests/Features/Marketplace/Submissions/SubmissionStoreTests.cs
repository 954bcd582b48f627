using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Marketplace.Submissions;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Marketplace.Submissions;

public sealed class SubmissionStoreTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_valid_manifest_is_submitted_at_once_with_each_check_stored(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterOnboardedVendorAsync();
        var appId = TestManifests.UniqueId("sub");

        var result = await portal.As<SubmissionStore>(vendor.Principal).SubmitForCurrentAsync(SubmissionHarness.Manifest(vendor, appId), null, Ct);

        Assert.True(result.Succeeded);
        var stored = await portal.As<SubmissionStore>(vendor.Principal).FindForCurrentAsync(result.Value.Submission.Id, Ct);
        Assert.Equal((SubmissionState.Submitted, ReviewKind.Full), (stored!.Submission.State, stored.Submission.ReviewKind));
        Assert.Equal([SubmissionChecks.Manifest, SubmissionChecks.Version, SubmissionChecks.Vendor], stored.Checks.Select(c => c.CheckName));
        Assert.All(stored.Checks, check => Assert.True(check.Passed));
        var audit = await portal.As<AuditLog>(vendor.Principal).ListForCurrentOrganisationAsync(2, Ct);
        Assert.Equal(["marketplace.submission-submitted", "marketplace.submission-drafted"], audit.Select(e => e.Action));
        var (notice, recipients) = Assert.Single(portal.Notices.Sent, n => n.Notice.AppId == appId);
        Assert.Equal((SubmissionState.Submitted, vendor.Admin.Email), (notice.State, Assert.Single(recipients)));
    }

    [Theory, BothDatabases]
    public async Task A_manifest_failing_its_checks_stays_a_draft_with_each_problem_stored(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterOnboardedVendorAsync();
        var json = SubmissionHarness.Manifest(vendor, TestManifests.UniqueId("bad"), change: m => m["privacyPolicyUrl"] = "http://insecure.example/privacy");

        var result = await portal.As<SubmissionStore>(vendor.Principal).SubmitForCurrentAsync(json, null, Ct);

        Assert.Equal(SubmissionErrors.ChecksFailed.Code, result.Errors[0].Code);
        Assert.Contains(result.Errors, e => e.Field == "privacyPolicyUrl");
        var draft = Assert.Single(await portal.As<SubmissionStore>(vendor.Principal).ListForCurrentAsync(Ct));
        Assert.Equal(SubmissionState.Draft, draft.State);
        var checks = (await portal.As<SubmissionStore>(vendor.Principal).FindForCurrentAsync(draft.Id, Ct))!.Checks;
        Assert.Contains(checks, c => !c.Passed && c.Path == "privacyPolicyUrl");
        Assert.DoesNotContain(portal.Notices.Sent, n => n.Notice.SubmissionId == draft.Id);
    }

    [Theory, BothDatabases]
    public async Task An_unreadable_manifest_is_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterOnboardedVendorAsync();

        var result = await portal.As<SubmissionStore>(vendor.Principal).SubmitForCurrentAsync("{ not json", null, Ct);

        Assert.Equal(SubmissionErrors.Unreadable.Code, result.Errors[0].Code);
        Assert.Empty(await portal.As<SubmissionStore>(vendor.Principal).ListForCurrentAsync(Ct));
    }

    [Theory, BothDatabases]
    public async Task An_approved_version_is_published_into_the_catalogue_firms_search(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterOnboardedVendorAsync();
        var admin = await portal.PlatformAdminAsync();
        var appId = TestManifests.UniqueId("pub");

        var published = await portal.PublishAsync(vendor, admin, SubmissionHarness.Manifest(vendor, appId));

        Assert.Equal(SubmissionState.Published, published.State);
        var found = await portal.Anonymous<CatalogueStore>().SearchAsync(new CatalogueQuery { Text = $"Calls {appId}" }, Ct);
        Assert.Equal((appId, vendor.Organisation.Id), (Assert.Single(found.Items).Id, found.Items[0].VendorOrgId));
        var actions = (await portal.As<AuditLog>(vendor.Principal).ListForCurrentOrganisationAsync(3, Ct)).Select(e => e.Action);
        Assert.Equal(["marketplace.submission-published", "marketplace.submission-approved", "marketplace.submission-in-review"], actions);
    }

    [Theory, BothDatabases]
    public async Task Changes_requested_are_made_by_resubmitting_and_the_version_is_reviewed_again(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterOnboardedVendorAsync();
        var admin = await portal.PlatformAdminAsync();
        var appId = TestManifests.UniqueId("fix");
        var id = (await portal.As<SubmissionStore>(vendor.Principal).SubmitForCurrentAsync(SubmissionHarness.Manifest(vendor, appId), null, Ct)).Value.Submission.Id;
        await portal.As<SubmissionStore>(admin).StartReviewAsync(id, Ct);

        var sentBack = await portal.As<SubmissionStore>(admin).RequestChangesAsync(id, "Explain the push endpoint", Ct);
        var resubmitted = await portal.As<SubmissionStore>(vendor.Principal)
            .SubmitForCurrentAsync(SubmissionHarness.Manifest(vendor, appId, change: m => m["tagline"]!["en"] = "Explained"), id, Ct);

        Assert.Equal(SubmissionState.ChangesRequested, sentBack.Value.State);
        Assert.Equal((SubmissionState.Submitted, "Explain the push endpoint"), (resubmitted.Value.Submission.State, resubmitted.Value.Submission.Comment));
        Assert.Contains(portal.Notices.Sent, n => n.Notice.SubmissionId == id && n.Notice is { State: SubmissionState.ChangesRequested, Comment: "Explain the push endpoint" });
        Assert.Equal(SubmissionState.InReview, (await portal.As<SubmissionStore>(admin).StartReviewAsync(id, Ct)).Value.State);
    }

    [Theory, BothDatabases]
    public async Task Moves_outside_the_lifecycle_are_refused_and_change_nothing(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterOnboardedVendorAsync();
        var admin = await portal.PlatformAdminAsync();
        var appId = TestManifests.UniqueId("ill");
        var id = (await portal.As<SubmissionStore>(vendor.Principal).SubmitForCurrentAsync(SubmissionHarness.Manifest(vendor, appId), null, Ct)).Value.Submission.Id;

        var approveUnreviewed = await portal.As<SubmissionStore>(admin).ApproveAsync(id, null, Ct);
        var suspendUnpublished = await portal.As<SubmissionStore>(admin).SuspendAsync(id, "abuse", Ct);
        var resubmitSubmitted = await portal.As<SubmissionStore>(vendor.Principal).SubmitForCurrentAsync(SubmissionHarness.Manifest(vendor, appId), id, Ct);
        await portal.As<SubmissionStore>(admin).StartReviewAsync(id, Ct);
        var rejectWithoutReason = await portal.As<SubmissionStore>(admin).RejectAsync(id, "  ", Ct);
        var rejected = await portal.As<SubmissionStore>(admin).RejectAsync(id, "Not a manufacturing app", Ct);
        var approveRejected = await portal.As<SubmissionStore>(admin).ApproveAsync(id, null, Ct);

        Assert.Equal("Errors.SubmissionIllegalMove", Assert.Single(approveUnreviewed.Errors).Code);
        Assert.Equal("Errors.SubmissionIllegalMove", Assert.Single(suspendUnpublished.Errors).Code);
        Assert.Equal("Errors.SubmissionIllegalMove", Assert.Single(resubmitSubmitted.Errors).Code);
        Assert.Equal(SubmissionErrors.CommentRequired, Assert.Single(rejectWithoutReason.Errors));
        Assert.True(rejected.Succeeded);
        Assert.Equal("Errors.SubmissionIllegalMove", Assert.Single(approveRejected.Errors).Code);
        Assert.Equal(SubmissionState.Rejected, (await portal.As<SubmissionStore>(vendor.Principal).FindForCurrentAsync(id, Ct))!.Submission.State);
        Assert.Null(await portal.Anonymous<CatalogueStore>().FindAsync(appId, Ct));
    }

    [Theory, BothDatabases]
    public async Task A_text_only_version_gets_a_light_review_and_one_adding_a_scope_a_full_one(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterOnboardedVendorAsync();
        var admin = await portal.PlatformAdminAsync();
        var appId = TestManifests.UniqueId("ver");
        await portal.PublishAsync(vendor, admin, SubmissionHarness.Manifest(vendor, appId));
        var store = portal.As<SubmissionStore>(vendor.Principal);

        var textOnly = await store.SubmitForCurrentAsync(SubmissionHarness.Manifest(vendor, appId, "1.1.0", m => m["tagline"]!["en"] = "Calls, faster"), null, Ct);
        var moreData = await store.SubmitForCurrentAsync(SubmissionHarness.Manifest(vendor, appId, "2.0.0", m => m["dataScopes"]!.AsArray().Add(
            System.Text.Json.Nodes.JsonNode.Parse("""{ "scope": "production-data.read", "reason": { "en": "Shows the line's output beside each call.", "zh-CN": "在每次呼叫旁显示产线产量。" } }"""))), null, Ct);

        Assert.Equal((ReviewKind.Light, "1.0.0"), (textOnly.Value.Submission.ReviewKind, textOnly.Value.Submission.PreviousVersion));
        Assert.Equal(ReviewKind.Full, moreData.Value.Submission.ReviewKind);
        var review = await portal.As<SubmissionStore>(admin).FindForReviewAsync(moreData.Value.Submission.Id, Ct);
        Assert.NotNull(review!.PreviousManifest);
    }

    [Theory, BothDatabases]
    public async Task A_version_not_above_the_published_one_fails_its_check(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterOnboardedVendorAsync();
        var admin = await portal.PlatformAdminAsync();
        var appId = TestManifests.UniqueId("old");
        await portal.PublishAsync(vendor, admin, SubmissionHarness.Manifest(vendor, appId, "2.0.0"));

        var older = await portal.As<SubmissionStore>(vendor.Principal).SubmitForCurrentAsync(SubmissionHarness.Manifest(vendor, appId, "1.9.0"), null, Ct);
        var same = await portal.As<SubmissionStore>(vendor.Principal).SubmitForCurrentAsync(SubmissionHarness.Manifest(vendor, appId, "2.0.0"), null, Ct);

        Assert.Equal(SubmissionErrors.ChecksFailed.Code, older.Errors[0].Code);
        Assert.Equal("version", older.Errors[1].Field);
        Assert.Equal(SubmissionErrors.VersionTaken, Assert.Single(same.Errors));
    }

    [Theory, BothDatabases]
    public async Task Another_vendor_can_neither_see_nor_submit_for_an_app_it_does_not_own(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var owner = await portal.RegisterOnboardedVendorAsync();
        var other = await portal.RegisterOnboardedVendorAsync();
        var appId = TestManifests.UniqueId("own");
        var id = (await portal.As<SubmissionStore>(owner.Principal).SubmitForCurrentAsync(SubmissionHarness.Manifest(owner, appId), null, Ct)).Value.Submission.Id;

        var listed = await portal.As<SubmissionStore>(other.Principal).ListForCurrentAsync(Ct);
        var found = await portal.As<SubmissionStore>(other.Principal).FindForCurrentAsync(id, Ct);
        var sameApp = await portal.As<SubmissionStore>(other.Principal).SubmitForCurrentAsync(SubmissionHarness.Manifest(other, appId, "1.1.0"), null, Ct);
        var resubmit = await portal.As<SubmissionStore>(other.Principal).SubmitForCurrentAsync(SubmissionHarness.Manifest(other, TestManifests.UniqueId("own")), id, Ct);

        Assert.Empty(listed);
        Assert.Null(found);
        Assert.Equal(SubmissionErrors.NotYourApp, Assert.Single(sameApp.Errors));
        Assert.Equal(SubmissionErrors.NotFound, Assert.Single(resubmit.Errors));
        Assert.Single(await portal.As<SubmissionStore>(owner.Principal).ListForCurrentAsync(Ct));
    }

    [Theory, BothDatabases]
    public async Task Only_vendors_submit_and_only_platform_admins_review(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var vendor = await portal.RegisterOnboardedVendorAsync();
        var id = (await portal.As<SubmissionStore>(vendor.Principal).SubmitForCurrentAsync(SubmissionHarness.Manifest(vendor, TestManifests.UniqueId("who")), null, Ct)).Value.Submission.Id;

        var byFirm = await portal.As<SubmissionStore>(firm.Principal).SubmitForCurrentAsync(SubmissionHarness.Manifest(firm, TestManifests.UniqueId("who")), null, Ct);
        var reviewedByVendor = await portal.As<SubmissionStore>(vendor.Principal).StartReviewAsync(id, Ct);

        Assert.Equal(SubmissionErrors.VendorOnly, Assert.Single(byFirm.Errors));
        Assert.Equal(SubmissionErrors.AdminOnly, Assert.Single(reviewedByVendor.Errors));
        Assert.Empty(await portal.As<SubmissionStore>(vendor.Principal).ListReviewQueueAsync(Ct));
        Assert.Null(await portal.As<SubmissionStore>(vendor.Principal).FindForReviewAsync(id, Ct));
    }

    [Theory, BothDatabases]
    public async Task A_suspended_app_leaves_the_catalogue_until_reinstated_and_a_delisted_one_for_good(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterOnboardedVendorAsync();
        var admin = await portal.PlatformAdminAsync();
        var appId = TestManifests.UniqueId("sus");
        var id = (await portal.PublishAsync(vendor, admin, SubmissionHarness.Manifest(vendor, appId))).Id;
        var query = new CatalogueQuery { Text = $"Calls {appId}" };

        await portal.As<SubmissionStore>(admin).SuspendAsync(id, "Endpoint certificate expired", Ct);
        var whileSuspended = await portal.Anonymous<CatalogueStore>().SearchAsync(query, Ct);
        await portal.As<SubmissionStore>(admin).ReinstateAsync(id, Ct);
        var reinstated = await portal.Anonymous<CatalogueStore>().SearchAsync(query, Ct);
        var delisted = await portal.As<SubmissionStore>(admin).DelistAsync(id, "Vendor closed", Ct);
        var afterDelisting = await portal.Anonymous<CatalogueStore>().SearchAsync(query, Ct);

        Assert.Equal((0, 1, 0), (whileSuspended.Total, reinstated.Total, afterDelisting.Total));
        Assert.Equal(SubmissionState.Delisted, delisted.Value.State);
        Assert.Equal("Errors.SubmissionIllegalMove", Assert.Single((await portal.As<SubmissionStore>(admin).ReinstateAsync(id, Ct)).Errors).Code);
    }

    [Theory, BothDatabases]
    public async Task Submitting_a_corrected_manifest_after_failed_checks_submits_the_same_draft(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterOnboardedVendorAsync();
        var appId = TestManifests.UniqueId("again");
        var store = portal.As<SubmissionStore>(vendor.Principal);
        await store.SubmitForCurrentAsync(SubmissionHarness.Manifest(vendor, appId, change: m => m["privacyPolicyUrl"] = "http://insecure.example/p"), null, Ct);

        var corrected = await store.SubmitForCurrentAsync(SubmissionHarness.Manifest(vendor, appId), null, Ct);

        Assert.Equal(SubmissionState.Submitted, corrected.Value.Submission.State);
        Assert.Equal(corrected.Value.Submission.Id, Assert.Single(await store.ListForCurrentAsync(Ct)).Id);
        Assert.All(corrected.Value.Checks, check => Assert.True(check.Passed));
    }

    [Theory, BothDatabases]
    public async Task A_manifest_naming_another_vendor_fails_the_vendor_check(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterOnboardedVendorAsync();
        var json = SubmissionHarness.Manifest(vendor, TestManifests.UniqueId("imp"), change: m => m["vendor"]!["name"] = "Shopfloor Cloud Ltd");

        var result = await portal.As<SubmissionStore>(vendor.Principal).SubmitForCurrentAsync(json, null, Ct);

        Assert.Equal(SubmissionErrors.ChecksFailed.Code, result.Errors[0].Code);
        Assert.Equal("vendor.name", Assert.Single(result.Errors.Skip(1)).Field);
    }
}
