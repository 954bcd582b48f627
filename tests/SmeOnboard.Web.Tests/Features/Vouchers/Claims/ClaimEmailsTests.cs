using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SmeOnboard.Core.Features.Vouchers.Claims;
using SmeOnboard.Web.Features.Vouchers.Claims;
using SmeOnboard.Web.Resources;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Vouchers.Claims;

/// <summary>What a firm is emailed about its claim, in English and Simplified Chinese.</summary>
public sealed class ClaimEmailsTests : PortalComponentContext
{
    private IStringLocalizer<SharedResource> L => Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    [Fact]
    public async Task A_claim_approved_in_part_says_what_is_paid_of_what_was_claimed_and_why()
    {
        var mail = new RecordingMail();
        var claim = new VoucherClaim
        {
            AppNameEn = "MES Lite", AppNameZh = "MES 精简版", ProgrammeNameEn = "Starter", ProgrammeNameZh = "起步", AmountMinor = 50_000, ApprovedMinor = 30_000,
            Currency = "CNY", Status = ClaimStatus.Approved,
        };

        await new ClaimEmails(mail, L).NotifyAsync(new ClaimNotice(ClaimNoticeKind.Approved, claim, "TRF-20261126-0A1B2C3D", "Only the licence is eligible."),
            ["firm@example.test"], TestContext.Current.CancellationToken);

        var message = Assert.Single(mail.Sent);
        Assert.Equal("Your claim under Starter was approved in part / 您在“起步”下的报销申请已部分获批", message.Subject);
        Assert.Contains("was approved for CNY 300.00 of the CNY 500.00 claimed: CNY 300.00 is paid to your firm by transfer TRF-20261126-0A1B2C3D, "
            + "and the rest is back on your voucher. The reason given: Only the licence is eligible.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("获批 CNY 300.00", message.TextBody, StringComparison.Ordinal);
    }
}
