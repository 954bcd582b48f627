using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Web.Features.Vouchers;
using SmeOnboard.Web.Resources;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Vouchers;

/// <summary>Eligibility reasons and voucher emails in the firm's words, English and Simplified Chinese.</summary>
public sealed class VoucherTextsTests : PortalComponentContext
{
    private static readonly FirmFacts Shanghai = new() { Name = "Firm", Region = "CN-SH", IndustryCode = "C25", MaturityLevel = 1 };
    private static readonly ProgrammeRules SuzhouLevel2 = new() { Regions = ["CN-JS-SZ", "CN-JS-WX"], MinMaturityLevel = 2 };

    private IStringLocalizer<SharedResource> L => Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    [Fact]
    public void A_reason_names_the_regions_and_levels_in_english()
    {
        var reasons = EligibilityEvaluator.Evaluate(SuzhouLevel2, Shanghai).Select(L.Describe).ToList();

        Assert.Equal(
            ["The programme is for: Suzhou, Jiangsu, Wuxi, Jiangsu; your profile says Shanghai.",
             "The programme asks for maturity level 2 or higher; your latest self-assessment reached level 1."],
            reasons);
    }

    [Fact]
    public void A_reason_names_the_regions_in_chinese_for_a_chinese_reader()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

        var reason = L.Describe(EligibilityEvaluator.Evaluate(SuzhouLevel2, Shanghai)[0]);

        Assert.Equal("本项目面向：江苏省苏州市, 江苏省无锡市；贵企业概况为 上海市。", reason);
    }

    [Fact]
    public async Task An_approval_email_carries_the_code_amount_and_expiry_in_both_languages()
    {
        var mail = new RecordingMail();
        var voucher = new Voucher { Code = "ABCD-EFGH-JKMN-PQRS", FaceMinor = 2_000_000, Currency = "CNY", ExpiresAt = new DateTimeOffset(2027, 2, 23, 0, 0, 0, TimeSpan.Zero) };

        await new VoucherEmails(mail, L).NotifyAsync(new VoucherNotice(VoucherNoticeKind.Approved, "Starter", "起步", voucher, null), ["firm@example.test"],
            TestContext.Current.CancellationToken);

        var message = Assert.Single(mail.Sent);
        Assert.Equal("Your application to Starter was approved / 您申请的“起步”已获批准", message.Subject);
        Assert.Contains("Your voucher ABCD-EFGH-JKMN-PQRS is worth CNY 20,000.00 and is valid until 2027-02-23.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("您的服务券 ABCD-EFGH-JKMN-PQRS 面值 CNY 20,000.00，有效期至 2027-02-23。", message.TextBody, StringComparison.Ordinal);
    }
}
