using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Identity;

public sealed class LoginTests(TestDatabases databases)
{
    [Theory, BothDatabases]
    public async Task A_user_is_found_by_an_external_login_it_holds(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();
        var login = new UserLoginInfo("Microsoft", Guid.NewGuid().ToString(), "Microsoft account");

        Assert.True((await identity.Users.AddLoginAsync(user, login)).Succeeded);

        Assert.Equal(user.Id, (await identity.Users.FindByLoginAsync("Microsoft", login.ProviderKey))?.Id);
        var stored = Assert.Single(await identity.Users.GetLoginsAsync(user));
        Assert.Equal((login.LoginProvider, login.ProviderKey, login.ProviderDisplayName), (stored.LoginProvider, stored.ProviderKey, stored.ProviderDisplayName));
    }

    [Theory, BothDatabases]
    public async Task A_login_held_by_another_user_is_refused(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var owner = await identity.CreateUserAsync();
        var other = await identity.CreateUserAsync();
        var login = new UserLoginInfo("Microsoft", Guid.NewGuid().ToString(), "Microsoft");
        await identity.Users.AddLoginAsync(owner, login);

        var result = await identity.Users.AddLoginAsync(other, login);

        Assert.Equal(nameof(IdentityErrorDescriber.LoginAlreadyAssociated), Assert.Single(result.Errors).Code);
    }

    [Theory, BothDatabases]
    public async Task A_removed_login_no_longer_finds_the_user(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();
        var login = new UserLoginInfo("Google", Guid.NewGuid().ToString(), "Google");
        await identity.Users.AddLoginAsync(user, login);

        Assert.True((await identity.Users.RemoveLoginAsync(user, login.LoginProvider, login.ProviderKey)).Succeeded);

        Assert.Null(await identity.Users.FindByLoginAsync(login.LoginProvider, login.ProviderKey));
        Assert.Empty(await identity.Users.GetLoginsAsync(user));
    }
}
