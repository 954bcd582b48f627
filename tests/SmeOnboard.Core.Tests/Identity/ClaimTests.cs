using System.Security.Claims;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Identity;

public sealed class ClaimTests(TestDatabases databases)
{
    [Theory, BothDatabases]
    public async Task Added_claims_are_read_back_in_order(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();

        await identity.Users.AddClaimsAsync(user, [new Claim("team", "blue"), new Claim("level", "3")]);

        var claims = await identity.Users.GetClaimsAsync(await identity.ReloadAsync(user));
        Assert.Equal([("team", "blue"), ("level", "3")], claims.Select(claim => (claim.Type, claim.Value)));
    }

    [Theory, BothDatabases]
    public async Task A_replaced_claim_takes_the_new_value(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();
        await identity.Users.AddClaimAsync(user, new Claim("team", "blue"));

        await identity.Users.ReplaceClaimAsync(user, new Claim("team", "blue"), new Claim("team", "green"));

        var claim = Assert.Single(await identity.Users.GetClaimsAsync(user));
        Assert.Equal(("team", "green"), (claim.Type, claim.Value));
    }

    [Theory, BothDatabases]
    public async Task A_removed_claim_is_gone_and_the_others_stay(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var user = await identity.CreateUserAsync();
        await identity.Users.AddClaimsAsync(user, [new Claim("team", "blue"), new Claim("level", "3")]);

        await identity.Users.RemoveClaimAsync(user, new Claim("team", "blue"));

        var claim = Assert.Single(await identity.Users.GetClaimsAsync(user));
        Assert.Equal(("level", "3"), (claim.Type, claim.Value));
    }

    [Theory, BothDatabases]
    public async Task Users_with_a_claim_are_exactly_those_holding_it(DatabaseProvider provider)
    {
        await using var identity = await IdentityHarness.StartAsync(databases, provider);
        var badge = new Claim("badge", Guid.NewGuid().ToString());
        var holder = await identity.CreateUserAsync();
        await identity.CreateUserAsync();
        await identity.Users.AddClaimAsync(holder, badge);

        var holders = await identity.Users.GetUsersForClaimAsync(badge);

        Assert.Equal(holder.Id, Assert.Single(holders).Id);
    }
}
