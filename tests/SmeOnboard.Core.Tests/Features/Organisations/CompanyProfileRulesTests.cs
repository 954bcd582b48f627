using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Organisations;

/// <summary>Pure rules: no database involved, so these run once rather than per database.</summary>
public sealed class CompanyProfileRulesTests
{
    [Fact]
    public void A_complete_firm_profile_passes()
    {
        Assert.Empty(CompanyProfileRules.Check(OrganisationKind.Firm, TestProfiles.Firm()));
    }

    [Fact]
    public void A_firm_without_region_industry_headcount_or_turnover_gets_one_error_for_each()
    {
        var profile = new CompanyProfile { Name = "Suzhou Precision Parts" };

        var errors = CompanyProfileRules.Check(OrganisationKind.Firm, profile);

        Assert.Equal(
            [
                (nameof(CompanyProfile.Region), "Errors.RegionRequired"),
                (nameof(CompanyProfile.IndustryCode), "Errors.IndustryRequired"),
                (nameof(CompanyProfile.HeadcountBand), "Errors.HeadcountRequired"),
                (nameof(CompanyProfile.TurnoverBand), "Errors.TurnoverRequired"),
            ],
            errors.Select(error => (error.Field, error.Code)));
    }

    [Theory]
    [InlineData(nameof(CompanyProfile.Region), "Narnia")]
    [InlineData(nameof(CompanyProfile.IndustryCode), "C99")]
    [InlineData(nameof(CompanyProfile.IndustryCode), "c25")]
    [InlineData(nameof(CompanyProfile.HeadcountBand), "250-999")]
    [InlineData(nameof(CompanyProfile.TurnoverBand), "")]
    public void A_firm_value_outside_the_closed_list_is_refused_on_its_field(string field, string value)
    {
        var valid = TestProfiles.Firm();
        var profile = new CompanyProfile
        {
            Name = valid.Name,
            Region = field == nameof(CompanyProfile.Region) ? value : valid.Region,
            IndustryCode = field == nameof(CompanyProfile.IndustryCode) ? value : valid.IndustryCode,
            HeadcountBand = field == nameof(CompanyProfile.HeadcountBand) ? value : valid.HeadcountBand,
            TurnoverBand = field == nameof(CompanyProfile.TurnoverBand) ? value : valid.TurnoverBand,
        };

        var error = Assert.Single(CompanyProfileRules.Check(OrganisationKind.Firm, profile));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void A_vendor_with_an_https_website_needs_no_industry_headcount_or_turnover()
    {
        Assert.Empty(CompanyProfileRules.Check(OrganisationKind.Vendor, TestProfiles.Vendor()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("http://vendor.example")]
    [InlineData("ftp://vendor.example")]
    [InlineData("vendor.example")]
    [InlineData("https://")]
    [InlineData("/relative/path")]
    public void A_vendor_without_an_https_website_is_refused(string? website)
    {
        var profile = new CompanyProfile { Name = "Cloud MES Ltd", Region = "CN-SH", Website = website };

        var error = Assert.Single(CompanyProfileRules.Check(OrganisationKind.Vendor, profile));

        Assert.Equal((nameof(CompanyProfile.Website), "Errors.WebsiteHttps"), (error.Field, error.Code));
    }

    [Fact]
    public void An_agency_needs_only_a_name_and_a_region()
    {
        Assert.Empty(CompanyProfileRules.Check(OrganisationKind.Government, TestProfiles.Agency()));
        Assert.Equal(
            nameof(CompanyProfile.Region),
            Assert.Single(CompanyProfileRules.Check(OrganisationKind.Government, new CompanyProfile { Name = "Bureau" })).Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_name_is_required(string name)
    {
        var profile = TestProfiles.Agency(name);

        var error = Assert.Single(CompanyProfileRules.Check(OrganisationKind.Government, profile));

        Assert.Equal((nameof(CompanyProfile.Name), "Errors.OrganisationNameRequired"), (error.Field, error.Code));
    }

    [Fact]
    public void A_name_of_the_maximum_length_passes_once_its_surrounding_spaces_are_trimmed()
    {
        var profile = TestProfiles.Agency("  " + new string('n', CompanyProfileRules.MaxNameLength) + "  ");

        Assert.Empty(CompanyProfileRules.Check(OrganisationKind.Government, profile));
    }

    [Fact]
    public void A_name_over_the_maximum_length_is_refused()
    {
        var profile = TestProfiles.Agency(new string('n', CompanyProfileRules.MaxNameLength + 1));

        var error = Assert.Single(CompanyProfileRules.Check(OrganisationKind.Government, profile));

        Assert.Equal((nameof(CompanyProfile.Name), "Errors.OrganisationNameTooLong"), (error.Field, error.Code));
    }
}
