using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SmeOnboard.Core.Features.Checkout.Renewals;
using SmeOnboard.Web.Features.Checkout;
using SmeOnboard.Web.Resources;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Checkout;

/// <summary>Why a renewal failed, on the subscriptions page and in the email, in the reader's language.</summary>
public sealed class PastDueReasonsTests : PortalComponentContext
{
    private IStringLocalizer<SharedResource> L => Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    [Fact]
    public void A_chinese_reader_reads_why_the_renewal_failed_in_chinese()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

        Assert.Equal("此订阅没有保存的银行卡", PastDueReasons.Describe(RenewalFailures.NoCardOnFile, L));
        Assert.Equal("银行卡被拒绝（insufficient_funds）", PastDueReasons.Describe(RenewalFailures.Declined("insufficient_funds"), L));
    }

    [Fact]
    public void An_english_reader_reads_the_same_words_the_audit_log_keeps()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

        foreach (var reason in new[] { RenewalFailures.NoCardOnFile, RenewalFailures.VendorCannotBePaid, RenewalFailures.NotCompleted,
                     RenewalFailures.AuthenticationRequired, RenewalFailures.Declined("expired_card") })
        {
            Assert.Equal(reason, PastDueReasons.Describe(reason, L));
        }
    }

    [Fact]
    public void A_reason_recorded_in_other_words_is_shown_as_recorded()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

        Assert.Equal("the card was declined", PastDueReasons.Describe("the card was declined", L));
    }
}
