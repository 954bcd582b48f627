using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Marketplace.Ratings;
using SmeOnboard.Core.Tests.Features.Marketplace.Submissions;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Marketplace.Ratings;

public sealed class FirmReviewStoreTests(TestDatabases databases)
{
    private static readonly string[] AndonScopes = ["people.read", "workflows.write"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_firm_without_an_install_cannot_review(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (_, appId) = await PublishedAppAsync(portal);
        var firm = await portal.RegisterFirmAsync();

        var result = await portal.As<FirmReviewStore>(firm.Principal).WriteForCurrentAsync(appId, 5, "Great", Ct);

        Assert.Equal(FirmReviewErrors.NotInstalled, Assert.Single(result.Errors));
    }

    [Theory, BothDatabases]
    public async Task A_firm_that_installed_less_than_seven_days_ago_is_told_from_which_date_it_can_review(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (_, appId) = await PublishedAppAsync(portal);
        var firm = await InstalledFirmAsync(portal, appId);
        var from = portal.Clock.GetUtcNow().AddDays(7);
        portal.Clock.Advance(TimeSpan.FromDays(6));

        var result = await portal.As<FirmReviewStore>(firm.Principal).WriteForCurrentAsync(appId, 5, "Great", Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Errors.ReviewTooEarly", error.Code);
        Assert.Contains(from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        var eligibility = await portal.As<FirmReviewStore>(firm.Principal).EligibilityForCurrentAsync(appId, Ct);
        Assert.Equal((ReviewEligibilityState.TooEarly, from), (eligibility.State, eligibility.From!.Value));
    }

    [Theory, BothDatabases]
    public async Task After_seven_days_of_use_a_firm_reviews_and_the_app_rating_counts_it(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (_, appId) = await PublishedAppAsync(portal);
        var firm = await InstalledFirmAsync(portal, appId);
        portal.Clock.Advance(TimeSpan.FromDays(7));

        var result = await portal.As<FirmReviewStore>(firm.Principal).WriteForCurrentAsync(appId, 4, "  Calls reach the right people.  ", Ct);

        Assert.Equal(("Calls reach the right people.", false), (result.Value.Body, result.Value.IsEdited));
        Assert.Equal(new RatingSummary(1, 4), await portal.As<FirmReviewStore>(firm.Principal).SummaryAsync(appId, Ct));
    }

    [Theory, BothDatabases]
    public async Task A_second_review_by_the_same_firm_is_refused_with_a_hint_to_edit(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (_, appId) = await PublishedAppAsync(portal);
        var firm = await ReviewedAsync(portal, appId, 4);

        var result = await portal.As<FirmReviewStore>(firm.Principal).WriteForCurrentAsync(appId, 1, "Again", Ct);

        Assert.Equal(FirmReviewErrors.AlreadyReviewed, Assert.Single(result.Errors));
        Assert.Equal(MayEdit, (await portal.As<FirmReviewStore>(firm.Principal).EligibilityForCurrentAsync(appId, Ct)).State);
    }

    [Theory, BothDatabases]
    public async Task Editing_a_review_marks_it_edited_and_moves_the_average(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (_, appId) = await PublishedAppAsync(portal);
        await ReviewedAsync(portal, appId, 5);
        var firm = await ReviewedAsync(portal, appId, 4);

        var edited = await portal.As<FirmReviewStore>(firm.Principal).EditForCurrentAsync(appId, 2, "Slower since the update", Ct);

        Assert.True(edited.Value.IsEdited);
        var reviews = await portal.As<FirmReviewStore>(firm.Principal).ListForAppAsync(appId, cancellationToken: Ct);
        Assert.Equal("Slower since the update", reviews.Single(r => r.OrgId == firm.Organisation.Id).Body);
        Assert.Equal(3.5, (await portal.As<FirmReviewStore>(firm.Principal).SummaryAsync(appId, Ct)).Average);
    }

    [Theory, BothDatabases]
    public async Task A_firm_cannot_edit_another_firms_review(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (_, appId) = await PublishedAppAsync(portal);
        await ReviewedAsync(portal, appId, 5);
        var other = await portal.RegisterFirmAsync();

        var result = await portal.As<FirmReviewStore>(other.Principal).EditForCurrentAsync(appId, 1, "Mine now", Ct);

        Assert.Equal(FirmReviewErrors.NoReviewYet, Assert.Single(result.Errors));
        Assert.Equal(5, (await portal.As<FirmReviewStore>(other.Principal).SummaryAsync(appId, Ct)).Average);
    }

    [Theory, BothDatabases]
    public async Task Stars_outside_one_to_five_and_an_overlong_text_are_refused(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (_, appId) = await PublishedAppAsync(portal);
        var firm = await InstalledFirmAsync(portal, appId);
        portal.Clock.Advance(TimeSpan.FromDays(8));

        var result = await portal.As<FirmReviewStore>(firm.Principal).WriteForCurrentAsync(appId, 6, new string('x', 2001), Ct);

        Assert.Equal([FirmReviewErrors.StarsOutOfRange, FirmReviewErrors.BodyTooLong], result.Errors);
    }

    [Theory, BothDatabases]
    public async Task The_vendor_replies_once_to_a_review_of_its_app(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (vendor, appId) = await PublishedAppAsync(portal);
        await ReviewedAsync(portal, appId, 3);
        var review = Assert.Single(await portal.As<FirmReviewStore>(vendor.Principal).ListForCurrentVendorAsync(10, Ct)).Review;

        var first = await portal.As<FirmReviewStore>(vendor.Principal).ReplyForCurrentAsync(review.Id, "Thanks, fixed in 1.1", Ct);
        var second = await portal.As<FirmReviewStore>(vendor.Principal).ReplyForCurrentAsync(review.Id, "And again", Ct);

        Assert.Equal("Thanks, fixed in 1.1", first.Value.ReplyBody);
        Assert.Equal(FirmReviewErrors.AlreadyReplied, Assert.Single(second.Errors));
        Assert.Equal("Thanks, fixed in 1.1", (await portal.As<FirmReviewStore>(vendor.Principal).ListForAppAsync(appId, cancellationToken: Ct)).Single().ReplyBody);
    }

    [Theory, BothDatabases]
    public async Task Another_vendor_neither_sees_nor_replies_to_the_review(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (vendor, appId) = await PublishedAppAsync(portal);
        await ReviewedAsync(portal, appId, 3);
        var review = Assert.Single(await portal.As<FirmReviewStore>(vendor.Principal).ListForCurrentVendorAsync(10, Ct)).Review;
        var other = await portal.RegisterOnboardedVendorAsync();

        var reply = await portal.As<FirmReviewStore>(other.Principal).ReplyForCurrentAsync(review.Id, "Not mine", Ct);

        Assert.Equal(FirmReviewErrors.NotFound, Assert.Single(reply.Errors));
        Assert.Empty(await portal.As<FirmReviewStore>(other.Principal).ListForCurrentVendorAsync(10, Ct));
    }

    [Theory, BothDatabases]
    public async Task Sorting_the_catalogue_by_rating_puts_the_best_average_first_and_unrated_apps_last(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var tag = $"rt{Guid.NewGuid():N}"[..12];
        var (_, good) = await PublishedAppAsync(portal, $"{tag}-good");
        var (_, poor) = await PublishedAppAsync(portal, $"{tag}-poor");
        var (_, unrated) = await PublishedAppAsync(portal, $"{tag}-none");
        await ReviewedAsync(portal, poor, 2);
        await ReviewedAsync(portal, good, 5);
        await ReviewedAsync(portal, good, 4);

        var page = await portal.Anonymous<CatalogueStore>().SearchAsync(new CatalogueQuery { Text = tag, Sort = CatalogueSort.Rating }, Ct);

        Assert.Equal([good, poor, unrated], page.Items.Select(a => a.Id));
        Assert.Equal((2, 4.5), (page.Items[0].RatingCount, page.Items[0].RatingAverage!.Value));
    }

    private const ReviewEligibilityState MayEdit = ReviewEligibilityState.MayEdit;

    /// <summary>A free app (a copy of the andon app) published by an onboarded vendor of its own.</summary>
    private static async Task<(Registered Vendor, string AppId)> PublishedAppAsync(PortalHarness portal, string? appId = null)
    {
        var vendor = await portal.RegisterOnboardedVendorAsync();
        appId ??= TestManifests.UniqueId("rated");
        await portal.PublishAsync(vendor, await portal.PlatformAdminAsync(), SubmissionHarness.Manifest(vendor, appId));
        return (vendor, appId);
    }

    private static async Task<Registered> InstalledFirmAsync(PortalHarness portal, string appId)
    {
        var firm = await portal.RegisterFirmAsync();
        var installed = await portal.As<AppInstallStore>(firm.Principal).InstallForCurrentAsync(appId, AndonScopes, Ct);
        Assert.True(installed.Succeeded, string.Join("; ", installed.Errors.Select(e => e.Message)));
        return firm;
    }

    /// <summary>A new firm installs the app, uses it for a week and reviews it with <paramref name="stars"/>.</summary>
    private static async Task<Registered> ReviewedAsync(PortalHarness portal, string appId, int stars)
    {
        var firm = await InstalledFirmAsync(portal, appId);
        portal.Clock.Advance(TimeSpan.FromDays(7));
        var written = await portal.As<FirmReviewStore>(firm.Principal).WriteForCurrentAsync(appId, stars, $"{stars} stars from us", Ct);
        Assert.True(written.Succeeded, string.Join("; ", written.Errors.Select(e => e.Message)));
        return firm;
    }
}
