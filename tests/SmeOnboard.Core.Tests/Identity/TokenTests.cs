using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Identity;

public sealed class TokenTests(TestDatabases databases)
{
    [Theory, BothDatabases]
    public async Task A_stored_token_is_read_back(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();

        Assert.True((await identity.Users.SetAuthenticationTokenAsync(user, "Microsoft", "access_token", "first")).Succeeded);

        Assert.Equal("first", await identity.Users.GetAuthenticationTokenAsync(user, "Microsoft", "access_token"));
    }

    [Theory, BothDatabases]
    public async Task Setting_a_token_again_replaces_its_value(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();
        await identity.Users.SetAuthenticationTokenAsync(user, "Microsoft", "access_token", "first");

        await identity.Users.SetAuthenticationTokenAsync(user, "Microsoft", "access_token", "second");

        Assert.Equal("second", await identity.Users.GetAuthenticationTokenAsync(user, "Microsoft", "access_token"));
    }

    [Theory, BothDatabases]
    public async Task A_removed_token_is_gone_and_others_stay(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();
        await identity.Users.SetAuthenticationTokenAsync(user, "Microsoft", "access_token", "access");
        await identity.Users.SetAuthenticationTokenAsync(user, "Microsoft", "refresh_token", "refresh");

        Assert.True((await identity.Users.RemoveAuthenticationTokenAsync(user, "Microsoft", "access_token")).Succeeded);

        Assert.Null(await identity.Users.GetAuthenticationTokenAsync(user, "Microsoft", "access_token"));
        Assert.Equal("refresh", await identity.Users.GetAuthenticationTokenAsync(user, "Microsoft", "refresh_token"));
    }
}
