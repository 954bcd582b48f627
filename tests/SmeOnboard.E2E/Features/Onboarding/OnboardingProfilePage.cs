using Microsoft.Playwright;
using SmeOnboard.E2E.Features.Marketplace;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Onboarding;

/// <summary>/onboarding/profile: main products and the pains the firm wants to address.</summary>
public sealed class OnboardingProfilePage(IPage page, UserActions? actions = null) : PageObject(page, actions)
{
    public ILocator Products => Page.GetByTestId("onboarding-products");

    public ILocator Pain(string code) => Page.GetByTestId($"pain-{code}");

    public ILocator Save => Page.GetByTestId("onboarding-profile-save");

    public async Task CompleteAsync(string products, params string[] pains)
    {
        await FillAsync(await MudInputs.InputOfAsync(Products), products);
        foreach (var pain in pains)
        {
            await CheckAsync(await MudInputs.InputOfAsync(Pain(pain)));
        }
        await ClickAsync(Save);
    }
}
