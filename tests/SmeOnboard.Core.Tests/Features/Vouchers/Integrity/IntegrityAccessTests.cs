using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Vouchers.Integrity;
using SmeOnboard.Core.Tests.Features.Checkout;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers.Integrity;

public sealed class IntegrityAccessTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Another_agencys_officer_finds_neither_the_programme_nor_its_orders_vouchers_and_vendors(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var order = await IntegrityKit.BuyAsync(portal, admin, scene.AppId, code);
        var stranger = portal.As<IntegrityStore>(await VoucherKit.OfficerAsync(portal));
        var id = scene.Programme.Id;

        Assert.Null(await stranger.ListFlagsAsync(id, Ct));
        Assert.Empty(await stranger.ListOrdersAsync(id, Ct));
        Assert.Empty(await stranger.ListVouchersAsync(id, Ct));
        Assert.Empty(await stranger.ListVendorsAsync(id, Ct));
        Assert.Equal(IntegrityStore.OrderNotFound, Assert.Single((await stranger.MarkForSpotCheckAsync(id, order.Id, Ct)).Errors));
        Assert.Equal(IntegrityStore.OrderNotFound, Assert.Single((await stranger.AskAsync(id, order.Id, "Happy?", Ct)).Errors));
        Assert.Equal(IntegrityStore.NotFound, Assert.Single((await stranger.ClawBackAsync(id, order.VoucherId!.Value, "No.", Ct)).Errors));
        Assert.Equal(IntegrityStore.NotFound, Assert.Single((await stranger.SuspendVendorAsync(id, scene.Vendor.Id, "No.", Ct)).Errors));
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM voucher_clawbacks WHERE programme_id = @id", new { id }));
    }

    [Theory, BothDatabases]
    public async Task A_firm_cannot_answer_another_firms_question(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var (otherAdmin, _, _) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var order = await IntegrityKit.BuyAsync(portal, admin, scene.AppId, code);
        var asked = (await portal.As<IntegrityStore>(scene.Officer).AskAsync(scene.Programme.Id, order.Id, "Happy?", Ct)).Value;

        var answered = await portal.As<SatisfactionStore>(otherAdmin).AnswerAsync(asked.Id, 5, "", Ct);

        Assert.Equal("Errors.Integrity.QuestionNotFound", Assert.Single(answered.Errors).Code);
        Assert.Empty(await portal.As<SatisfactionStore>(otherAdmin).ListForCurrentAsync(Ct));
    }

    [Theory, BothDatabases]
    public async Task A_firm_member_cannot_officer_a_programme(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (admin, _, _) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => portal.As<IntegrityStore>(admin).ListFlagsAsync(scene.Programme.Id, Ct));
    }
}
