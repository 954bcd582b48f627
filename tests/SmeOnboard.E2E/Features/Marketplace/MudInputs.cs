using Microsoft.Playwright;

namespace SmeOnboard.E2E.Features.Marketplace;

/// <summary>MudBlazor puts a test id on the input itself or on the element around it, depending on the component.</summary>
internal static class MudInputs
{
    public static async Task<ILocator> InputOfAsync(ILocator field) =>
        await field.EvaluateAsync<string>("e => e.tagName") == "INPUT" ? field : field.Locator("input").First;
}
