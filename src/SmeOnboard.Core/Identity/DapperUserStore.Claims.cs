using System.Security.Claims;
using Dapper;
using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Identity;

public sealed partial class DapperUserStore : IUserClaimStore<AppUser>
{
    private const string SelectClaims = "SELECT claim_type, claim_value FROM user_claims WHERE user_id = @UserId ORDER BY id";
    private const string InsertClaim = "INSERT INTO user_claims (user_id, claim_type, claim_value) VALUES (@UserId, @ClaimType, @ClaimValue)";

    private const string ReplaceClaim = """
        UPDATE user_claims SET claim_type = @NewClaimType, claim_value = @NewClaimValue
        WHERE user_id = @UserId AND claim_type = @ClaimType AND claim_value = @ClaimValue
        """;

    private const string DeleteClaim = """
        DELETE FROM user_claims WHERE user_id = @UserId AND claim_type = @ClaimType AND claim_value = @ClaimValue
        """;

    private const string SelectUsersForClaim = $"""
        SELECT {UserColumns} FROM users
        WHERE id IN (SELECT user_id FROM user_claims WHERE claim_type = @ClaimType AND claim_value = @ClaimValue)
        ORDER BY normalized_user_name
        """;

    public async Task<IList<Claim>> GetClaimsAsync(AppUser user, CancellationToken cancellationToken)
    {
        var rows = await connections.QueryListAsync<UserClaimRow>(SelectClaims, new { UserId = user.Id }, cancellationToken);
        return rows.Select(row => new Claim(row.ClaimType, row.ClaimValue ?? "")).ToList();
    }

    public Task AddClaimsAsync(AppUser user, IEnumerable<Claim> claims, CancellationToken cancellationToken) =>
        ForEachClaimAsync(InsertClaim, claims.Select(claim => ClaimParameters(user, claim)), cancellationToken);

    public Task ReplaceClaimAsync(AppUser user, Claim claim, Claim newClaim, CancellationToken cancellationToken) =>
        connections.ExecuteAsync(
            ReplaceClaim,
            new { UserId = user.Id, ClaimType = claim.Type, ClaimValue = claim.Value, NewClaimType = newClaim.Type, NewClaimValue = newClaim.Value },
            cancellationToken);

    public Task RemoveClaimsAsync(AppUser user, IEnumerable<Claim> claims, CancellationToken cancellationToken) =>
        ForEachClaimAsync(DeleteClaim, claims.Select(claim => ClaimParameters(user, claim)), cancellationToken);

    public async Task<IList<AppUser>> GetUsersForClaimAsync(Claim claim, CancellationToken cancellationToken) =>
        await connections.QueryListAsync<AppUser>(
            SelectUsersForClaim, new { ClaimType = claim.Type, ClaimValue = claim.Value }, cancellationToken);

    private static object ClaimParameters(AppUser user, Claim claim) =>
        new { UserId = user.Id, ClaimType = claim.Type, ClaimValue = claim.Value };

    // One transaction, so a list of claims is added or removed as a whole.
    private async Task ForEachClaimAsync(string sql, IEnumerable<object> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var row in parameters)
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, row, transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
