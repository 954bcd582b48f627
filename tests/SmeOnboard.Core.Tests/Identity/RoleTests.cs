using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Identity;

public sealed class RoleTests(TestDatabases databases)
{
    [Theory, BothDatabases]
    public async Task A_created_role_is_found_by_name_and_by_id(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var name = await identity.CreateRoleAsync();

        var byName = await identity.Roles.FindByNameAsync(name);
        var byId = await identity.Roles.FindByIdAsync(byName!.Id.ToString());

        Assert.Equal(name, byName.Name);
        Assert.Equal(name, byId?.Name);
    }

    [Theory, BothDatabases]
    public async Task A_role_with_a_taken_name_is_refused(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var name = await identity.CreateRoleAsync();

        var result = await identity.Roles.CreateAsync(new AppRole { Name = name.ToLowerInvariant() });

        Assert.Equal(nameof(IdentityErrorDescriber.DuplicateRoleName), Assert.Single(result.Errors).Code);
    }

    [Theory, BothDatabases]
    public async Task A_granted_role_shows_on_the_user_and_a_removed_one_does_not(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var kept = await identity.CreateRoleAsync();
        var removed = await identity.CreateRoleAsync();
        var user = await identity.CreateUserAsync();

        Assert.True((await identity.Users.AddToRolesAsync(user, [kept, removed])).Succeeded);
        Assert.True((await identity.Users.RemoveFromRoleAsync(user, removed)).Succeeded);
        var stored = await identity.ReloadAsync(user);

        Assert.Equal([kept], await identity.Users.GetRolesAsync(stored));
        Assert.True(await identity.Users.IsInRoleAsync(stored, kept));
        Assert.False(await identity.Users.IsInRoleAsync(stored, removed));
    }

    [Theory, BothDatabases]
    public async Task Granting_a_role_twice_is_refused_as_already_held(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var role = await identity.CreateRoleAsync();
        var user = await identity.CreateUserAsync();
        await identity.Users.AddToRoleAsync(user, role);

        var result = await identity.Users.AddToRoleAsync(user, role);

        Assert.Equal(nameof(IdentityErrorDescriber.UserAlreadyInRole), Assert.Single(result.Errors).Code);
    }

    [Theory, BothDatabases]
    public async Task Users_in_a_role_are_exactly_those_granted_it(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var role = await identity.CreateRoleAsync();
        var first = await identity.CreateUserAsync();
        var second = await identity.CreateUserAsync();
        await identity.CreateUserAsync();
        await identity.Users.AddToRoleAsync(first, role);
        await identity.Users.AddToRoleAsync(second, role);

        var holders = await identity.Users.GetUsersInRoleAsync(role);

        Assert.Equal(new[] { first.Id, second.Id }.Order(), holders.Select(user => user.Id).Order());
    }

    [Theory, BothDatabases]
    public async Task Granting_a_role_that_does_not_exist_is_a_programming_error(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => identity.Users.AddToRoleAsync(user, $"Missing-{Guid.NewGuid():N}"));
    }

    [Theory, BothDatabases]
    public async Task Renaming_a_role_with_a_stale_concurrency_stamp_fails(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var name = await identity.CreateRoleAsync();
        var role = (await identity.Roles.FindByNameAsync(name))!;
        var staleCopy = (await identity.Roles.FindByNameAsync(name))!;
        Assert.True((await identity.Roles.SetRoleNameAsync(role, name + "-renamed")).Succeeded);
        Assert.True((await identity.Roles.UpdateAsync(role)).Succeeded);

        await identity.Roles.SetRoleNameAsync(staleCopy, name + "-other");
        var result = await identity.Roles.UpdateAsync(staleCopy);

        Assert.Equal(nameof(IdentityErrorDescriber.ConcurrencyFailure), Assert.Single(result.Errors).Code);
    }

    [Theory, BothDatabases]
    public async Task A_deleted_role_is_gone_and_its_holders_lose_it(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var name = await identity.CreateRoleAsync();
        var user = await identity.CreateUserAsync();
        await identity.Users.AddToRoleAsync(user, name);

        var result = await identity.Roles.DeleteAsync((await identity.Roles.FindByNameAsync(name))!);

        Assert.True(result.Succeeded);
        Assert.Null(await identity.Roles.FindByNameAsync(name));
        Assert.Empty(await identity.Users.GetRolesAsync(user));
    }
}
