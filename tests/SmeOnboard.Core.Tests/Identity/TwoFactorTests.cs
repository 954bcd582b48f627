using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Identity;

public sealed class TwoFactorTests(TestDatabases databases)
{
    [Theory, BothDatabases]
    public async Task A_reset_authenticator_key_is_stored_and_replaced_by_the_next_reset(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();

        Assert.True((await identity.Users.ResetAuthenticatorKeyAsync(user)).Succeeded);
        var first = await identity.Users.GetAuthenticatorKeyAsync(await identity.ReloadAsync(user));
        Assert.True((await identity.Users.ResetAuthenticatorKeyAsync(user)).Succeeded);
        var second = await identity.Users.GetAuthenticatorKeyAsync(await identity.ReloadAsync(user));

        Assert.False(string.IsNullOrEmpty(first));
        Assert.False(string.IsNullOrEmpty(second));
        Assert.NotEqual(first, second);
    }

    [Theory, BothDatabases]
    public async Task A_recovery_code_works_once(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();
        var codes = (await identity.Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();

        var first = await identity.Users.RedeemTwoFactorRecoveryCodeAsync(user, codes[3]);
        var again = await identity.Users.RedeemTwoFactorRecoveryCodeAsync(await identity.ReloadAsync(user), codes[3]);

        Assert.True(first.Succeeded);
        Assert.Equal("RecoveryCodeRedemptionFailed", Assert.Single(again.Errors).Code);
        Assert.Equal(9, await identity.Users.CountRecoveryCodesAsync(user));
    }

    [Theory, BothDatabases]
    public async Task New_recovery_codes_replace_the_old_ones(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();
        var oldCodes = (await identity.Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();

        await identity.Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 5);

        Assert.Equal(5, await identity.Users.CountRecoveryCodesAsync(user));
        Assert.False((await identity.Users.RedeemTwoFactorRecoveryCodeAsync(user, oldCodes[0])).Succeeded);
    }

    [Theory, BothDatabases]
    public async Task Two_requests_redeeming_the_same_code_succeed_only_once(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();
        var code = (await identity.Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.First();
        var store = new DapperUserStore((await databases.For(provider)).Connections, TimeProvider.System, new IdentityErrorDescriber());

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var contenders = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return await store.RedeemCodeAsync(user, code, TestContext.Current.CancellationToken);
        })).ToList();

        start.SetResult();
        var outcomes = await Task.WhenAll(contenders);

        Assert.Equal(1, outcomes.Count(redeemed => redeemed));
        Assert.Equal(9, await identity.Users.CountRecoveryCodesAsync(user));
    }

    [Theory, BothDatabases]
    public async Task Enabling_two_factor_is_stored(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();

        Assert.True((await identity.Users.SetTwoFactorEnabledAsync(user, true)).Succeeded);

        Assert.True(await identity.Users.GetTwoFactorEnabledAsync(await identity.ReloadAsync(user)));
    }
}
