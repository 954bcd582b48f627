using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Identity;

public sealed class UserAccountTests(TestDatabases databases)
{
    [Theory, BothDatabases]
    public async Task A_created_user_is_found_by_email_and_by_name(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();

        var byEmail = await identity.Users.FindByEmailAsync(user.Email!.ToUpperInvariant());
        var byName = await identity.Users.FindByNameAsync(user.UserName!);

        Assert.Equal(user.Id, byEmail?.Id);
        Assert.Equal(user.Id, byName?.Id);
        Assert.Equal("Test Person", byEmail?.DisplayName);
    }

    [Theory, BothDatabases]
    public async Task A_second_user_with_the_same_email_is_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var first = await identity.CreateUserAsync();
        // A different user name, so only the email is shared and the database's unique index has to catch it.
        var second = IdentityHarness.NewUser(first.Email);
        second.UserName = IdentityHarness.UniqueEmail();

        var result = await identity.Users.CreateAsync(second, IdentityHarness.Password);

        Assert.False(result.Succeeded);
        Assert.Equal(nameof(IdentityErrorDescriber.DuplicateEmail), Assert.Single(result.Errors).Code);
        Assert.Null(await identity.Users.FindByNameAsync(second.UserName));
        Assert.Equal(first.Id, (await identity.Users.FindByEmailAsync(first.Email!))?.Id);
    }

    [Theory, BothDatabases]
    public async Task A_user_name_taken_between_validation_and_insert_is_refused_as_a_duplicate(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var first = await identity.CreateUserAsync();
        // UserManager's validator checks names before the insert; going to the store directly plays the request that
        // lost the race, where only the unique index notices.
        var store = new DapperUserStore((await databases.For(provider)).Connections, TimeProvider.System, new IdentityErrorDescriber());
        var second = IdentityHarness.NewUser();
        second.UserName = first.UserName;
        second.NormalizedUserName = first.NormalizedUserName;
        second.NormalizedEmail = second.Email!.ToUpperInvariant();

        var result = await store.CreateAsync(second, TestContext.Current.CancellationToken);

        Assert.Equal(nameof(IdentityErrorDescriber.DuplicateUserName), Assert.Single(result.Errors).Code);
        Assert.Null(await identity.Users.FindByEmailAsync(second.Email));
    }

    [Theory, BothDatabases]
    public async Task Changing_the_email_to_one_already_taken_is_refused(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var taken = await identity.CreateUserAsync();
        var user = await identity.CreateUserAsync();
        var originalEmail = user.Email;

        var result = await identity.Users.SetEmailAsync(user, taken.Email);

        Assert.Equal(nameof(IdentityErrorDescriber.DuplicateEmail), Assert.Single(result.Errors).Code);
        Assert.Equal(originalEmail, (await identity.ReloadAsync(user)).Email);
    }

    [Theory, BothDatabases]
    public async Task Flags_and_timestamps_survive_a_round_trip(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();
        var lockoutEnd = new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.Zero);
        user.EmailConfirmed = true;
        user.PhoneNumber = "+852 5555 0101";
        user.PhoneNumberConfirmed = true;
        user.TwoFactorEnabled = true;
        user.LockoutEnabled = false;
        user.LockoutEnd = lockoutEnd;
        user.PreferredCulture = "zh-CN";

        Assert.True((await identity.Users.UpdateAsync(user)).Succeeded);
        var stored = await identity.ReloadAsync(user);

        Assert.True(stored.EmailConfirmed);
        Assert.True(stored.PhoneNumberConfirmed);
        Assert.True(stored.TwoFactorEnabled);
        Assert.False(stored.LockoutEnabled);
        Assert.Equal("+852 5555 0101", stored.PhoneNumber);
        Assert.Equal(lockoutEnd, stored.LockoutEnd);
        Assert.Equal(TimeSpan.Zero, stored.LockoutEnd?.Offset);
        Assert.Equal("zh-CN", stored.PreferredCulture);
        Assert.Equal(user.CreatedAt, stored.CreatedAt);
    }

    [Theory, BothDatabases]
    public async Task Updating_with_a_stale_concurrency_stamp_fails(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();
        var otherCopy = await identity.ReloadAsync(user);
        user.DisplayName = "Saved first";
        Assert.True((await identity.Users.UpdateAsync(user)).Succeeded);

        otherCopy.DisplayName = "Saved second";
        var result = await identity.Users.UpdateAsync(otherCopy);

        Assert.Equal(nameof(IdentityErrorDescriber.ConcurrencyFailure), Assert.Single(result.Errors).Code);
        Assert.Equal("Saved first", (await identity.ReloadAsync(user)).DisplayName);
    }

    [Theory, BothDatabases]
    public async Task Deleting_a_user_removes_it_with_its_roles_claims_logins_and_tokens(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var role = await identity.CreateRoleAsync();
        var user = await identity.CreateUserAsync();
        await identity.Users.AddToRoleAsync(user, role);
        await identity.Users.AddClaimAsync(user, new System.Security.Claims.Claim("team", "blue"));
        var login = new UserLoginInfo("Microsoft", Guid.NewGuid().ToString(), "Microsoft");
        await identity.Users.AddLoginAsync(user, login);
        await identity.Users.SetAuthenticationTokenAsync(user, "Microsoft", "refresh_token", "secret");

        var result = await identity.Users.DeleteAsync(user);

        Assert.True(result.Succeeded);
        Assert.Null(await identity.Users.FindByIdAsync(user.Id.ToString()));
        Assert.Null(await identity.Users.FindByLoginAsync(login.LoginProvider, login.ProviderKey));
        Assert.Empty(await identity.Users.GetUsersInRoleAsync(role));
        Assert.Null(await identity.Users.GetAuthenticationTokenAsync(user, "Microsoft", "refresh_token"));
    }

    [Theory, BothDatabases]
    public async Task Deleting_a_user_with_a_stale_concurrency_stamp_fails(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();
        var staleCopy = await identity.ReloadAsync(user);
        user.DisplayName = "Renamed";
        Assert.True((await identity.Users.UpdateAsync(user)).Succeeded);

        var result = await identity.Users.DeleteAsync(staleCopy);

        Assert.Equal(nameof(IdentityErrorDescriber.ConcurrencyFailure), Assert.Single(result.Errors).Code);
        Assert.NotNull(await identity.Users.FindByIdAsync(user.Id.ToString()));
    }
}
