using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Components.Layout;

public sealed class LanguageSwitcherTests : PortalComponentContext
{
    [Theory]
    [InlineData("en", "zh-CN")]
    [InlineData("zh-CN", "en")]
    public void The_other_language_links_to_culture_set_with_the_current_page_to_return_to(string reading, string other)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(reading);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/organisation/members?tab=2");

        var switcher = Render<LanguageSwitcher>();

        Assert.Equal($"/culture/set?culture={other}&returnUrl=%2Forganisation%2Fmembers%3Ftab%3D2",
            switcher.Find($"[data-testid='language-{other}']").GetAttribute("href"));
    }

    [Fact]
    public void The_language_in_use_is_marked_as_current_and_is_not_a_link()
    {
        var switcher = Render<LanguageSwitcher>();

        var current = switcher.Find("[data-testid='language-en']");
        Assert.Equal("true", current.GetAttribute("aria-current"));
        Assert.Null(current.GetAttribute("href"));
    }
}
