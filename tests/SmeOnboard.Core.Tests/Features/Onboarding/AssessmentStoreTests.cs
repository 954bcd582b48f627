using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Onboarding;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Onboarding;

public sealed class AssessmentStoreTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_retaken_assessment_joins_the_history_so_the_uplift_shows(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();

        var first = await portal.As<AssessmentStore>(firm.Principal).SaveForCurrentAsync(MaturityScoringTests.All(1), Ct);
        portal.Clock.Advance(TimeSpan.FromDays(90));
        var second = await portal.As<AssessmentStore>(firm.Principal).SaveForCurrentAsync(MaturityScoringTests.All(3), Ct);

        var history = await portal.As<AssessmentStore>(firm.Principal).ListForCurrentAsync(Ct);
        Assert.Equal([first.Value.Id, second.Value.Id], history.Select(a => a.Id));
        Assert.Equal([(20, 1), (60, 3)], history.Select(a => (a.Score, a.Level)));
        Assert.Equal(first.Value.TakenAt, history[0].TakenAt);
        Assert.Equal(MaturityScoringTests.All(3), history[1].Answers);
        Assert.Equal(60, history[1].Result().Dimensions[MaturityDimension.DataManagement]);
    }

    [Theory, BothDatabases]
    public async Task Another_firm_sees_none_of_the_assessments(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var a = await portal.RegisterFirmAsync();
        var b = await portal.RegisterFirmAsync();
        await portal.As<AssessmentStore>(a.Principal).SaveForCurrentAsync(MaturityScoringTests.All(4), Ct);

        Assert.Empty(await portal.As<AssessmentStore>(b.Principal).ListForCurrentAsync(Ct));
    }

    [Theory, BothDatabases]
    public async Task Incomplete_answers_store_nothing(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();
        var answers = MaturityScoringTests.All(2);
        answers.Remove("data-use");

        var result = await portal.As<AssessmentStore>(firm.Principal).SaveForCurrentAsync(answers, Ct);

        Assert.False(result.Succeeded);
        Assert.Empty(await portal.As<AssessmentStore>(firm.Principal).ListForCurrentAsync(Ct));
    }

    [Theory, BothDatabases]
    public async Task The_onboarding_profile_is_saved_replaced_and_kept_per_firm(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var a = await portal.RegisterFirmAsync();
        var b = await portal.RegisterFirmAsync();
        var store = portal.As<OnboardingProfileStore>(a.Principal);

        await store.SaveCurrentAsync(new OnboardingProfile { MainProducts = "Brackets", Pains = ["scrap"] }, Ct);
        await store.SaveCurrentAsync(new OnboardingProfile { MainProducts = " Brackets and flanges ", Pains = ["late-orders", "paper-records"] }, Ct);

        var saved = await portal.As<OnboardingProfileStore>(a.Principal).GetCurrentAsync(Ct);
        Assert.Equal("Brackets and flanges", saved.MainProducts);
        Assert.Equal(["late-orders", "paper-records"], saved.Pains);
        Assert.False((await portal.As<OnboardingProfileStore>(b.Principal).GetCurrentAsync(Ct)).IsComplete);
    }

    [Theory, BothDatabases]
    public async Task A_pain_outside_the_list_is_refused(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.RegisterFirmAsync();

        var result = await portal.As<OnboardingProfileStore>(firm.Principal)
            .SaveCurrentAsync(new OnboardingProfile { MainProducts = "Shafts", Pains = ["boredom"] }, Ct);

        Assert.Equal("Errors.PainsRequired", Assert.Single(result.Errors).Code);
    }
}
