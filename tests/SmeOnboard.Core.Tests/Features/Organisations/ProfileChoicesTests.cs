using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Core.Tests.Features.Organisations;

public sealed class ProfileChoicesTests
{
    [Fact]
    public void Only_codes_on_the_list_are_known_and_matched_exactly()
    {
        Assert.True(ProfileChoices.IsKnown(ProfileChoices.Industries, "C28"));
        Assert.False(ProfileChoices.IsKnown(ProfileChoices.Industries, "c28"));
        Assert.False(ProfileChoices.IsKnown(ProfileChoices.Industries, "Machinery and equipment"));
        Assert.False(ProfileChoices.IsKnown(ProfileChoices.Industries, null));
    }

    [Fact]
    public void Every_list_holds_each_code_once()
    {
        foreach (var list in new[] { ProfileChoices.Regions, ProfileChoices.Industries, ProfileChoices.HeadcountBands, ProfileChoices.TurnoverBands })
        {
            Assert.NotEmpty(list);
            Assert.Equal(list.Count, list.Select(choice => choice.Code).Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Theory]
    [InlineData("zh-CN", "上海市")]
    [InlineData("zh-Hans", "上海市")]
    [InlineData("en", "Shanghai")]
    [InlineData("de-DE", "Shanghai")]
    public void A_choice_is_named_in_Chinese_for_Chinese_cultures_and_in_English_otherwise(string culture, string expected)
    {
        var shanghai = ProfileChoices.Regions.Single(choice => choice.Code == "CN-SH");

        Assert.Equal(expected, shanghai.NameIn(culture));
    }
}
