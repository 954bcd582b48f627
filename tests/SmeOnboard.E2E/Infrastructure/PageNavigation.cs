using Microsoft.Playwright;

namespace SmeOnboard.E2E.Infrastructure;

/// <summary>Form posts on the statically rendered account pages replace the whole document.</summary>
public static class PageNavigation
{
    /// <summary>
    /// Clicks and waits for the next document to finish loading. Subscribing before the click is what makes it
    /// reliable: a wrong password re-renders the same address, so waiting for a URL would return at once.
    /// </summary>
    public static async Task ClickAndWaitForLoadAsync(this IPage page, ILocator target)
    {
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage loadedPage) => loaded.TrySetResult();
        page.Load += OnLoad;
        try
        {
            await target.ClickAsync();
            await loaded.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }
        finally
        {
            page.Load -= OnLoad;
        }
    }
}
