using SmeOnboard.Core.Features.Vouchers.Integrity;

namespace SmeOnboard.Core.Tests.Features.Vouchers.Integrity;

public sealed class IdentityKeysTests
{
    [Theory]
    [InlineData("Room 501, No. 88 Xinghu Street, Suzhou", "88 XINGHU ST., RM 501, SUZHOU")]
    [InlineData("苏州市星湖街８８号５０１室", "苏州市星湖街88号501室")]
    public void Addresses_written_differently_have_the_same_key(string one, string other) =>
        Assert.Equal(IdentityKeys.Address(one), IdentityKeys.Address(other));

    [Fact]
    public void A_different_house_number_gives_a_different_address_key() =>
        Assert.NotEqual(IdentityKeys.Address("88 Xinghu Street"), IdentityKeys.Address("90 Xinghu Street"));

    [Fact]
    public void Too_short_an_address_matches_nothing() => Assert.Null(IdentityKeys.Address("No. 1"));

    [Fact]
    public void Each_director_of_a_list_gets_a_key_independent_of_name_order() =>
        Assert.Equal(["li wang", "chen jie"], IdentityKeys.Directors("Wang Li; Chen Jie").Order(StringComparer.Ordinal).Reverse().ToList());

    [Fact]
    public void A_bank_account_is_compared_without_spaces_dashes_or_case() =>
        Assert.Equal(IdentityKeys.BankAccount("DE89 3704 0044 0532 0130 00"), IdentityKeys.BankAccount("de89-370400440532013000"));

    [Fact]
    public void A_number_too_short_to_be_an_account_is_refused() => Assert.Null(IdentityKeys.BankAccount("12-34"));
}
