using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Claims;
using SmeOnboard.Web.Features.Vouchers.Claims;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Vouchers.Claims;

/// <summary>The firm's claim form: it hands on the chosen order, voucher and files, and shows each refusal in plain words.</summary>
public sealed class ClaimFormTests : PortalComponentContext
{
    private static readonly byte[] Pdf = "%PDF-1.7 invoice"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly CheckoutOrder _order = new() { Id = Guid.NewGuid(), AppNameEn = "MES Lite", PriceMinor = 100_000, RemainderMinor = 100_000, Currency = "CNY" };
    private readonly FirmVoucher _voucher = new()
    {
        Voucher = new Voucher { Id = Guid.NewGuid(), Code = "SZ-ABCD-1234", Currency = "CNY", BalanceMinor = 200_000 },
        ProgrammeNameEn = "Digital first steps", Rules = new ProgrammeRules { RedemptionMode = RedemptionMode.Reimbursement },
    };
    private readonly List<ClaimFiling> _filed = [];
    private IReadOnlyList<FieldError> _answer = [];

    [Fact]
    public void Filing_without_choosing_the_order_and_voucher_asks_for_them_and_hands_on_nothing()
    {
        var cut = RenderForm();

        cut.Find("button[data-testid=claim-file]").Click();

        Assert.Equal("Choose the order and the voucher to claim with.", cut.Find("[data-testid=claim-error]").TextContent.Trim());
        Assert.Empty(_filed);
    }

    [Fact]
    public async Task The_chosen_order_voucher_and_files_are_handed_on_with_their_kinds_names_and_bytes()
    {
        var cut = RenderForm();
        await ChooseAsync(cut);
        cut.FindComponents<InputFile>()[0].UploadFiles(InputFileContent.CreateFromBinary(Pdf, "invoice.pdf", contentType: "application/pdf"));
        cut.FindComponents<InputFile>()[1].UploadFiles(InputFileContent.CreateFromBinary(Png, "dashboard.png", contentType: "image/png"));

        cut.Find("button[data-testid=claim-file]").Click();

        var filing = Assert.Single(_filed);
        Assert.Equal((_order.Id, _voucher.Voucher.Id), (filing.OrderId, filing.VoucherId));
        Assert.Equal([(EvidenceKinds.Invoice, "invoice.pdf"), (EvidenceKinds.ProofOfUse, "dashboard.png")], filing.Evidence.Select(e => (e.Kind, e.FileName)));
        Assert.Equal(Pdf, filing.Evidence[0].Content);
        Assert.Empty(cut.FindAll("[data-testid=claim-error]"));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_handed_on_unread_and_its_refusal_shows_under_its_kind()
    {
        var cut = RenderForm(maxBytes: 10);
        await ChooseAsync(cut);
        cut.FindComponents<InputFile>()[0].UploadFiles(InputFileContent.CreateFromBinary(new byte[64], "scan.pdf", contentType: "application/pdf"));
        _answer = [new FieldError(EvidenceKinds.Invoice, "Errors.Claims.EvidenceTooLarge", "scan.pdf is larger than the 0 MB a file may have.")];

        cut.Find("button[data-testid=claim-file]").Click();

        var invoice = Assert.Single(Assert.Single(_filed).Evidence);
        Assert.Equal((64L, 0), (invoice.Length, invoice.Content.Length));
        Assert.Equal("Invoice: The file is larger than a file may be.", cut.Find("[data-testid=claim-error]").TextContent.Trim());
    }

    [Fact]
    public void A_firm_without_a_reimbursement_voucher_is_told_so_instead_of_a_form()
    {
        var cut = Render<ClaimForm>(p => p
            .Add(f => f.Choices, new ClaimChoices { Orders = [_order] })
            .Add(f => f.MaxEvidenceBytes, 5 * 1024 * 1024)
            .Add(f => f.OnFile, Record));

        Assert.Equal("You hold no voucher of a programme that reimburses after purchase.", cut.Find("[data-testid=claim-no-voucher]").TextContent.Trim());
        Assert.Empty(cut.FindAll("button[data-testid=claim-file]"));
    }

    private IRenderedComponent<ClaimForm> RenderForm(long maxBytes = 5 * 1024 * 1024) => Render<ClaimForm>(p => p
        .Add(f => f.Choices, new ClaimChoices { Orders = [_order], Vouchers = [_voucher] })
        .Add(f => f.MaxEvidenceBytes, maxBytes)
        .Add(f => f.OnFile, Record));

    private async Task ChooseAsync(IRenderedComponent<ClaimForm> cut)
    {
        var selects = cut.FindComponents<MudSelect<Guid?>>();
        await cut.InvokeAsync(() => selects[0].Instance.ValueChanged.InvokeAsync(_order.Id));
        await cut.InvokeAsync(() => selects[1].Instance.ValueChanged.InvokeAsync(_voucher.Voucher.Id));
    }

    private Task<IReadOnlyList<FieldError>> Record(ClaimFiling filing)
    {
        _filed.Add(filing);
        return Task.FromResult(_answer);
    }
}
