using Microsoft.Playwright;
using SmeOnboard.E2E.Features.Marketplace;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Templates;

/// <summary>/templates: the gallery of industry templates with search, filters and install on each card.</summary>
public sealed class TemplateGalleryPage(IPage page, UserActions? actions = null) : PageObject(page, actions)
{
    public ILocator Search => Page.GetByTestId("template-search");

    public ILocator Cards => Page.GetByTestId("template-card");

    public async Task SearchForAsync(string words) => await FillAsync(await MudInputs.InputOfAsync(Search), words);

    /// <summary>Installs the only card the search left.</summary>
    public Task InstallOnlyCardAsync() => ClickAsync(Cards.GetByTestId("template-install"));
}
