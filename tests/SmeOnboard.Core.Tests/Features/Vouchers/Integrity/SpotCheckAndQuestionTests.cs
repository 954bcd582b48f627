using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Vouchers.Integrity;
using SmeOnboard.Core.Tests.Features.Checkout;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers.Integrity;

public sealed class SpotCheckAndQuestionTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task An_officer_marks_an_order_for_a_spot_check_and_records_its_outcome_in_the_audit_log(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var order = await IntegrityKit.BuyAsync(portal, admin, scene.AppId, code);
        var integrity = portal.As<IntegrityStore>(scene.Officer);

        var marked = await integrity.MarkForSpotCheckAsync(scene.Programme.Id, order.Id, Ct);
        var again = await integrity.MarkForSpotCheckAsync(scene.Programme.Id, order.Id, Ct);
        var recorded = await integrity.RecordSpotCheckAsync(scene.Programme.Id, order.Id, passed: false, "App never installed on site.", Ct);

        Assert.Equal(SpotCheckStatuses.Open, marked.Value.SpotCheckStatus);
        Assert.Equal("Errors.Integrity.AlreadySpotChecked", Assert.Single(again.Errors).Code);
        Assert.Equal((SpotCheckStatuses.Failed, "App never installed on site."), (recorded.Value.SpotCheckStatus, recorded.Value.SpotCheckNote));
        Assert.Equal(1, await IntegrityKit.AuditCountAsync(portal, "vouchers.spot-check-marked", order.Id.ToString()));
        Assert.Equal(1, await IntegrityKit.AuditCountAsync(portal, "vouchers.spot-check-recorded", order.Id.ToString()));
    }

    [Theory, BothDatabases]
    public async Task The_firm_answers_a_satisfaction_question_once_and_the_officer_sees_the_answer(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var order = await IntegrityKit.BuyAsync(portal, admin, scene.AppId, code);
        var integrity = portal.As<IntegrityStore>(scene.Officer);
        var asked = (await integrity.AskAsync(scene.Programme.Id, order.Id, "Is the app in use on your shop floor?", Ct)).Value;

        var seen = Assert.Single(await portal.As<SatisfactionStore>(admin).ListForCurrentAsync(Ct));
        var answered = await portal.As<SatisfactionStore>(admin).AnswerAsync(seen.Id, 4, "Yes, on both lines.", Ct);
        var twice = await portal.As<SatisfactionStore>(admin).AnswerAsync(seen.Id, 1, "Changed my mind.", Ct);

        Assert.Equal(asked.Id, seen.Id);
        Assert.True(answered.Succeeded);
        Assert.Equal("Errors.Integrity.AlreadyAnswered", Assert.Single(twice.Errors).Code);
        var officerView = Assert.Single(await integrity.ListQuestionsAsync(scene.Programme.Id, Ct));
        Assert.Equal((4, "Yes, on both lines."), (officerView.Rating, officerView.Answer));
        Assert.Equal(2, await IntegrityKit.AuditCountAsync(portal, "vouchers.satisfaction-asked", asked.Id.ToString()));
        Assert.Equal(2, await IntegrityKit.AuditCountAsync(portal, "vouchers.satisfaction-answered", asked.Id.ToString()));
    }

    [Theory, BothDatabases]
    public async Task A_rating_outside_one_to_five_is_refused(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var order = await IntegrityKit.BuyAsync(portal, admin, scene.AppId, code);
        var asked = (await portal.As<IntegrityStore>(scene.Officer).AskAsync(scene.Programme.Id, order.Id, "Happy?", Ct)).Value;

        var answered = await portal.As<SatisfactionStore>(admin).AnswerAsync(asked.Id, 6, "", Ct);

        Assert.Equal("Errors.Integrity.Rating", Assert.Single(answered.Errors).Code);
    }
}
