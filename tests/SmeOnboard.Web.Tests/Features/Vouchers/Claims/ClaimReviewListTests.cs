using Bunit;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Vouchers.Claims;
using SmeOnboard.Web.Features.Vouchers.Claims;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Vouchers.Claims;

/// <summary>The officer's claim queue: what is claimed with its evidence, and approve or reject with a reason.</summary>
public sealed class ClaimReviewListTests : PortalComponentContext
{
    private readonly List<(Guid Id, long? AmountMinor, string Reason)> _approved = [];
    private readonly List<(Guid Id, string Reason)> _rejected = [];
    private IReadOnlyList<FieldError> _answer = [];

    [Fact]
    public void A_waiting_claim_shows_the_amount_and_links_to_its_evidence_and_approving_hands_on_its_id()
    {
        var claim = Claim(ClaimStatus.Filed);
        var cut = RenderQueue(claim);

        cut.Find("button[data-testid=claim-approve]").Click();

        Assert.Equal("MES Lite, paid CNY 1,000.00: claims CNY 500.00", cut.Find("[data-testid=claim-amount]").TextContent.Trim());
        Assert.Equal(
            [$"/vouchers/claims/{claim.Id}/evidence/{claim.Evidence[0].Id}", $"/vouchers/claims/{claim.Id}/evidence/{claim.Evidence[1].Id}"],
            cut.FindAll("[data-testid=claim-evidence-link]").Select(a => a.GetAttribute("href")));
        Assert.Equal([(claim.Id, (long?)null, "")], _approved);
    }

    [Fact]
    public void Rejecting_hands_on_the_typed_reason_and_shows_a_refusal_in_plain_words()
    {
        var claim = Claim(ClaimStatus.Filed);
        _answer = [new FieldError("Reason", "Errors.Claims.AlreadyDecided", "This claim has already been decided.")];
        var cut = RenderQueue(claim);

        cut.Find("input[data-testid=claim-reason]").Input("The invoice names another firm.");
        cut.Find("button[data-testid=claim-reject]").Click();

        Assert.Equal([(claim.Id, "The invoice names another firm.")], _rejected);
        Assert.Equal("This claim has already been decided.", cut.Find("[data-testid=claim-error]").TextContent.Trim());
    }

    [Fact]
    public void Approving_part_hands_on_the_typed_amount_in_fen_with_the_reason()
    {
        var claim = Claim(ClaimStatus.Filed);
        var cut = RenderQueue(claim);

        cut.Find("input[data-testid=claim-approve-amount]").Input("300.50");
        cut.Find("input[data-testid=claim-reason]").Input("Only the licence is eligible.");
        cut.Find("button[data-testid=claim-approve]").Click();

        Assert.Equal([(claim.Id, (long?)30_050, "Only the licence is eligible.")], _approved);
    }

    [Fact]
    public void A_claim_approved_in_part_says_how_much_of_the_claim_was_paid()
    {
        var cut = RenderQueue(Claim(ClaimStatus.Approved, "TRF-20261126-0A1B2C3D", approvedMinor: 30_000));

        Assert.Equal("Approved CNY 300.00 of CNY 500.00 claimed", cut.Find("[data-testid=claim-approved-part]").TextContent.Trim());
    }

    [Fact]
    public void An_approved_claim_shows_its_transfer_and_offers_no_decision()
    {
        var cut = RenderQueue(Claim(ClaimStatus.Approved, "TRF-20261126-0A1B2C3D"));

        Assert.Equal("Transfer TRF-20261126-0A1B2C3D", cut.Find("[data-testid=claim-transfer]").TextContent.Trim());
        Assert.Equal("Approved and paid", cut.Find("[data-testid=claim-status]").TextContent.Trim());
        Assert.Empty(cut.FindAll("button[data-testid=claim-approve]"));
    }

    private IRenderedComponent<ClaimReviewList> RenderQueue(params VoucherClaim[] claims) => Render<ClaimReviewList>(p => p
        .Add(f => f.Claims, claims)
        .Add(f => f.OnApprove, (id, amount, reason) =>
        {
            _approved.Add((id, amount, reason));
            return Task.FromResult(_answer);
        })
        .Add(f => f.OnReject, (id, reason) =>
        {
            _rejected.Add((id, reason));
            return Task.FromResult(_answer);
        }));

    private static VoucherClaim Claim(string status, string? transfer = null, long? approvedMinor = null)
    {
        var id = Guid.NewGuid();
        return new VoucherClaim
        {
            Id = id, FirmName = "Lianda Precision", AppNameEn = "MES Lite", OrderPriceMinor = 100_000, AmountMinor = 50_000, ApprovedMinor = approvedMinor, Currency = "CNY",
            Status = status, VoucherCode = "SZ-ABCD-1234", ProgrammeNameEn = "Digital first steps", FiledAt = DateTimeOffset.UtcNow, TransferReference = transfer,
            Evidence =
            [
                new EvidenceFile { Id = Guid.NewGuid(), ClaimId = id, Kind = EvidenceKinds.Invoice, FileName = "invoice.pdf", SizeBytes = 2048 },
                new EvidenceFile { Id = Guid.NewGuid(), ClaimId = id, Kind = EvidenceKinds.ProofOfUse, FileName = "dashboard.png", SizeBytes = 4096 },
            ],
        };
    }
}
