using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Identity;

public sealed class PasswordAndLockoutTests(TestDatabases databases)
{
    [Theory, BothDatabases]
    public async Task The_right_password_is_accepted(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();

        Assert.True(await identity.Users.CheckPasswordAsync(await identity.ReloadAsync(user), IdentityHarness.Password));
    }

    [Theory, BothDatabases]
    public async Task A_wrong_password_is_refused_and_counts_as_a_failed_attempt(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();

        var accepted = await identity.Users.CheckPasswordAsync(user, "Wrong-horse-7");
        // SignInManager records a failure like this after a wrong password.
        await identity.Users.AccessFailedAsync(user);

        Assert.False(accepted);
        Assert.Equal(1, (await identity.ReloadAsync(user)).AccessFailedCount);
    }

    [Theory, BothDatabases]
    public async Task Five_failed_attempts_lock_the_user_out(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await identity.Users.AccessFailedAsync(user);
        }
        var lockedAfterFour = await identity.Users.IsLockedOutAsync(await identity.ReloadAsync(user));
        await identity.Users.AccessFailedAsync(user);
        var stored = await identity.ReloadAsync(user);

        Assert.False(lockedAfterFour);
        Assert.True(await identity.Users.IsLockedOutAsync(stored));
        Assert.True(stored.LockoutEnd > DateTimeOffset.UtcNow);
        // Identity starts counting afresh once the lockout is set.
        Assert.Equal(0, stored.AccessFailedCount);
    }

    [Theory, BothDatabases]
    public async Task Ending_a_lockout_and_resetting_the_count_lets_the_user_back_in(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await identity.Users.AccessFailedAsync(user);
        }
        Assert.True(await identity.Users.IsLockedOutAsync(user));

        await identity.Users.SetLockoutEndDateAsync(user, null);
        await identity.Users.ResetAccessFailedCountAsync(user);
        var stored = await identity.ReloadAsync(user);

        Assert.False(await identity.Users.IsLockedOutAsync(stored));
        Assert.Null(stored.LockoutEnd);
        Assert.Equal(0, stored.AccessFailedCount);
    }

    [Theory, BothDatabases]
    public async Task Changing_the_password_changes_the_security_stamp(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();
        var stampBefore = (await identity.ReloadAsync(user)).SecurityStamp;

        var result = await identity.Users.ChangePasswordAsync(user, IdentityHarness.Password, "Another-horse-8");
        var stored = await identity.ReloadAsync(user);

        Assert.True(result.Succeeded);
        Assert.NotNull(stampBefore);
        Assert.NotEqual(stampBefore, stored.SecurityStamp);
        Assert.True(await identity.Users.CheckPasswordAsync(stored, "Another-horse-8"));
        Assert.False(await identity.Users.CheckPasswordAsync(stored, IdentityHarness.Password));
    }
}
