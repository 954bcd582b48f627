using Bunit;
using SmeOnboard.Core.Features.Marketplace.Ratings;
using SmeOnboard.Core.Features.Vendors;
using SmeOnboard.Web.Features.Marketplace.Pages;
using SmeOnboard.Web.Features.Vendors.Pages;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Vendors;

/// <summary>The dashboard and review widgets as rendered.</summary>
public sealed class VendorWidgetTests : PortalComponentContext
{
    [Fact]
    public void The_revenue_card_shows_zero_and_says_paid_orders_will_appear_there()
    {
        var cut = Render<RevenueCard>(p => p.Add(c => c.Revenue, []));

        Assert.Equal(("0", "0"), (cut.Find("[data-testid=revenue-card-share]").TextContent, cut.Find("[data-testid=revenue-voucher-share]").TextContent));
        Assert.StartsWith("Paid orders will appear here", cut.Find("[data-testid=revenue-note]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_revenue_card_shows_what_firms_paid_by_card_and_by_voucher_in_each_currency()
    {
        var cut = Render<RevenueCard>(p => p.Add(c => c.Revenue, [new VendorRevenue { Currency = "CNY", CardMinor = 29_950, VoucherMinor = 29_950 }]));

        Assert.Equal(("CNY 299.50", "CNY 299.50"), (cut.Find("[data-testid=revenue-card-share]").TextContent, cut.Find("[data-testid=revenue-voucher-share]").TextContent));
        Assert.StartsWith("Paid orders less refunds", cut.Find("[data-testid=revenue-note]").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_checklist_marks_the_open_steps_and_links_to_onboarding()
    {
        var onboarding = new VendorOnboarding { OrgId = Guid.NewGuid(), ProfileUpdatedAt = DateTimeOffset.UtcNow, PayoutAccountId = "acct_sandbox_1" };

        var cut = Render<OnboardingChecklist>(p => p.Add(c => c.Onboarding, onboarding).Add(c => c.ShowLink, true));

        Assert.Equal(["false", "true", "true", "false"],
            new[] { "Profile", "Domain", "Agreement", "Payout" }.Select(step => cut.Find($"[data-testid=onboarding-step-{step}]").GetAttribute("data-open")));
        Assert.Equal("/vendor/onboarding", cut.Find("[data-testid=onboarding-link]").GetAttribute("href"));
    }

    [Fact]
    public void A_sandbox_payout_account_is_labelled_as_such()
    {
        var onboarding = new VendorOnboarding { OrgId = Guid.NewGuid(), PayoutAccountId = "acct_sandbox_0a1b", PayoutSandbox = true };

        var cut = Render<PayoutStatus>(p => p.Add(c => c.Onboarding, onboarding));

        Assert.Equal("Sandbox – no real money", cut.Find("[data-testid=payout-sandbox]").TextContent.Trim());
    }

    [Fact]
    public void An_edited_review_says_so_and_its_text_is_never_rendered_as_markup()
    {
        var review = new FirmReview
        {
            Id = Guid.NewGuid(), AppId = "x", FirmName = "Wuxi Works", AuthorName = "Gu Wei", Stars = 4,
            Body = "<b>Great</b> <script>alert(1)</script>", CreatedAt = DateTimeOffset.UtcNow, EditedAt = DateTimeOffset.UtcNow,
        };

        var cut = Render<ReviewItem>(p => p.Add(c => c.Review, review));

        Assert.Equal("edited", cut.Find("[data-testid=review-edited]").TextContent.Trim());
        var body = cut.Find("[data-testid=review-body]");
        Assert.Empty(body.QuerySelectorAll("b, script"));
        Assert.Equal(review.Body, body.TextContent);
    }

    [Fact]
    public void An_app_without_reviews_shows_no_average()
    {
        var cut = Render<RatingBadge>(p => p.Add(c => c.Average, null).Add(c => c.Count, 0));

        Assert.Equal("No reviews yet", cut.Find("[data-testid=rating-none]").TextContent);
    }

    [Fact]
    public void The_installs_chart_sums_the_twelve_weeks()
    {
        var weeks = Enumerable.Range(0, 12).Select(i => new WeeklyInstalls(new DateOnly(2026, 9, 7).AddDays(7 * i), i % 3)).ToList();

        var cut = Render<InstallsChart>(p => p.Add(c => c.Weeks, weeks));

        Assert.Equal("12 new installs in the last 12 weeks", cut.Find("[data-testid=installs-total]").TextContent);
    }
}
