using Bunit;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Web.Features.Vouchers;
using SmeOnboard.Web.Features.Vouchers.Pages;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Vouchers;

/// <summary>The programme form names every mistake in plain words before anything reaches the store.</summary>
public sealed class ProgrammeFormTests : PortalComponentContext
{
    private ProgrammeDraft? _saved;

    [Fact]
    public void Saving_an_invalid_programme_shows_a_message_for_each_mistake_and_saves_nothing()
    {
        var model = Valid();
        model.NameEn = "";
        model.CoveragePercent = 0;
        model.CapPerFirm = 0;
        model.ClosesOn = model.OpensOn!.Value.AddDays(-2);
        var cut = Render(model);

        cut.Find("button[data-testid=programme-save]").Click();

        var messages = cut.FindAll("[data-testid=programme-error]").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains("Coverage must be between 1 and 100 %.", messages);
        Assert.Contains("The cap per firm must be more than zero.", messages);
        Assert.Contains("The application window must end after it starts.", messages);
        Assert.Contains("Give the programme an English name of at most 120 characters.", messages);
        Assert.Null(_saved);
    }

    [Fact]
    public void A_programme_without_anything_to_buy_is_refused()
    {
        var model = Valid();
        model.Categories = [];
        var cut = Render(model);

        cut.Find("button[data-testid=programme-save]").Click();

        Assert.Equal("Choose at least one app category or approved app the voucher can buy.", cut.Find("[data-testid=programme-error]").TextContent.Trim());
    }

    [Fact]
    public void A_valid_programme_is_handed_on_in_minor_units_with_the_window_in_whole_days()
    {
        var cut = Render(Valid());

        cut.Find("button[data-testid=programme-save]").Click();

        Assert.Empty(cut.FindAll("[data-testid=programme-error]"));
        Assert.Equal((100_000_000L, 1_000_000L, 50), (_saved!.BudgetMinor, _saved.Rules.CapPerFirmMinor, _saved.Rules.CoveragePercent));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), _saved.ClosesAt);
    }

    private IRenderedComponent<ProgrammeForm> Render(ProgrammeFormModel model) => Render<ProgrammeForm>(p => p
        .Add(f => f.Model, model)
        .Add(f => f.OnSave, draft =>
        {
            _saved = draft;
            return Task.FromResult<IReadOnlyList<FieldError>>([]);
        }));

    private static ProgrammeFormModel Valid() => new()
    {
        NameEn = "Starter", NameZh = "起步", OpensOn = new DateTime(2026, 9, 1), ClosesOn = new DateTime(2026, 11, 30), Budget = 1_000_000m,
        CapPerFirm = 10_000m, CoveragePercent = 50, Categories = ["quality"],
    };
}
