using Microsoft.Playwright;

namespace SmeOnboard.E2E.Infrastructure;

/// <summary>
/// The base of page objects that count what the person does: every click, choice and fill goes through these
/// methods, so a journey's <see cref="UserActions"/> holds the whole effort it took.
/// </summary>
public abstract class PageObject(IPage page, UserActions? actions)
{
    protected IPage Page => page;

    protected UserActions Actions { get; } = actions ?? new UserActions();

    /// <summary>A button or link.</summary>
    protected async Task ClickAsync(ILocator target)
    {
        await target.ClickAsync();
        Actions.Clicked();
    }

    /// <summary>A button that posts a statically rendered form and loads the answer.</summary>
    protected async Task ClickAndWaitForLoadAsync(ILocator target)
    {
        await page.ClickAndWaitForLoadAsync(target);
        Actions.Clicked();
    }

    /// <summary>A radio answer or any other single pick that needs no list opened first.</summary>
    protected async Task ChooseAsync(ILocator target)
    {
        await target.ClickAsync();
        Actions.Chose();
    }

    protected async Task CheckAsync(ILocator box)
    {
        await box.CheckAsync();
        Actions.Chose();
    }

    /// <summary>An option of a native select list.</summary>
    protected async Task SelectAsync(ILocator list, string value)
    {
        await list.SelectOptionAsync(value);
        Actions.Chose(fromDropdown: true);
    }

    /// <summary>An option of a MudSelect, by its position in the list: opens the list, then clicks the option.</summary>
    protected async Task SelectMudOptionAsync(ILocator select, int position)
    {
        await select.Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Nth(position).ClickAsync();
        Actions.Chose(fromDropdown: true);
    }

    protected async Task FillAsync(ILocator field, string text)
    {
        await field.FillAsync(text);
        Actions.Filled(text);
    }
}
