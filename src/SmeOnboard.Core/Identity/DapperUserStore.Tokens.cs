using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Identity;

public sealed partial class DapperUserStore :
    IUserAuthenticationTokenStore<AppUser>, IUserAuthenticatorKeyStore<AppUser>, IUserTwoFactorRecoveryCodeStore<AppUser>
{
    // The names Identity's own UserStoreBase uses, so rows written by either store read the same.
    private const string InternalLoginProvider = "[AspNetUserStore]";
    private const string AuthenticatorKeyTokenName = "AuthenticatorKey";
    private const string RecoveryCodeTokenName = "RecoveryCodes";
    private const char RecoveryCodeSeparator = ';';

    // Redeeming races only with another redemption of the same user's codes; a handful of retries settles it.
    private const int RedeemAttempts = 5;

    private const string UpsertToken = """
        INSERT INTO user_tokens (user_id, login_provider, name, value) VALUES (@UserId, @LoginProvider, @Name, @Value)
        ON CONFLICT (user_id, login_provider, name) DO UPDATE SET value = excluded.value
        """;

    private const string DeleteToken = """
        DELETE FROM user_tokens WHERE user_id = @UserId AND login_provider = @LoginProvider AND name = @Name
        """;

    private const string SelectToken = """
        SELECT value FROM user_tokens WHERE user_id = @UserId AND login_provider = @LoginProvider AND name = @Name
        """;

    // Compare-and-swap: only replaces the codes this request read, so one code cannot be redeemed twice.
    private const string SwapToken = """
        UPDATE user_tokens SET value = @Value
        WHERE user_id = @UserId AND login_provider = @LoginProvider AND name = @Name AND value = @Expected
        """;

    public Task SetTokenAsync(AppUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken) =>
        connections.ExecuteAsync(
            UpsertToken, new { UserId = user.Id, LoginProvider = loginProvider, Name = name, Value = value }, cancellationToken);

    public Task RemoveTokenAsync(AppUser user, string loginProvider, string name, CancellationToken cancellationToken) =>
        connections.ExecuteAsync(DeleteToken, new { UserId = user.Id, LoginProvider = loginProvider, Name = name }, cancellationToken);

    public Task<string?> GetTokenAsync(AppUser user, string loginProvider, string name, CancellationToken cancellationToken) =>
        connections.QuerySingleOrDefaultAsync<string>(
            SelectToken, new { UserId = user.Id, LoginProvider = loginProvider, Name = name }, cancellationToken);

    public Task SetAuthenticatorKeyAsync(AppUser user, string key, CancellationToken cancellationToken) =>
        SetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyTokenName, key, cancellationToken);

    public Task<string?> GetAuthenticatorKeyAsync(AppUser user, CancellationToken cancellationToken) =>
        GetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyTokenName, cancellationToken);

    public Task ReplaceCodesAsync(AppUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        SetTokenAsync(
            user, InternalLoginProvider, RecoveryCodeTokenName, string.Join(RecoveryCodeSeparator, recoveryCodes), cancellationToken);

    public async Task<bool> RedeemCodeAsync(AppUser user, string code, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        for (var attempt = 0; attempt < RedeemAttempts; attempt++)
        {
            var stored = await GetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, cancellationToken);
            var codes = SplitCodes(stored);
            if (stored is null || !codes.Contains(code, StringComparer.Ordinal))
            {
                return false;
            }
            var remaining = string.Join(RecoveryCodeSeparator, codes.Where(c => !string.Equals(c, code, StringComparison.Ordinal)));
            var swapped = await connections.ExecuteAsync(
                SwapToken,
                new { UserId = user.Id, LoginProvider = InternalLoginProvider, Name = RecoveryCodeTokenName, Value = remaining, Expected = stored },
                cancellationToken);
            if (swapped == 1)
            {
                return true;
            }
        }
        return false;
    }

    public async Task<int> CountCodesAsync(AppUser user, CancellationToken cancellationToken) =>
        SplitCodes(await GetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, cancellationToken)).Length;

    private static string[] SplitCodes(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split(RecoveryCodeSeparator);
}
