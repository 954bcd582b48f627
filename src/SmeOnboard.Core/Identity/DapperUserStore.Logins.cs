using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Identity;

public sealed partial class DapperUserStore : IUserLoginStore<AppUser>
{
    private const string InsertLogin = """
        INSERT INTO user_logins (login_provider, provider_key, provider_display_name, user_id)
        VALUES (@LoginProvider, @ProviderKey, @ProviderDisplayName, @UserId)
        """;

    private const string DeleteLogin = """
        DELETE FROM user_logins WHERE user_id = @UserId AND login_provider = @LoginProvider AND provider_key = @ProviderKey
        """;

    private const string SelectLogins = """
        SELECT login_provider, provider_key, provider_display_name FROM user_logins
        WHERE user_id = @UserId
        ORDER BY login_provider, provider_key
        """;

    private const string SelectUserByLogin = $"""
        SELECT {UserColumns} FROM users
        WHERE id = (SELECT user_id FROM user_logins WHERE login_provider = @LoginProvider AND provider_key = @ProviderKey)
        """;

    public Task AddLoginAsync(AppUser user, UserLoginInfo login, CancellationToken cancellationToken) =>
        connections.ExecuteAsync(
            InsertLogin,
            new { login.LoginProvider, login.ProviderKey, login.ProviderDisplayName, UserId = user.Id },
            cancellationToken);

    public Task RemoveLoginAsync(AppUser user, string loginProvider, string providerKey, CancellationToken cancellationToken) =>
        connections.ExecuteAsync(
            DeleteLogin, new { UserId = user.Id, LoginProvider = loginProvider, ProviderKey = providerKey }, cancellationToken);

    public async Task<IList<UserLoginInfo>> GetLoginsAsync(AppUser user, CancellationToken cancellationToken)
    {
        var rows = await connections.QueryListAsync<UserLoginRow>(SelectLogins, new { UserId = user.Id }, cancellationToken);
        return rows.Select(row => new UserLoginInfo(row.LoginProvider, row.ProviderKey, row.ProviderDisplayName)).ToList();
    }

    public Task<AppUser?> FindByLoginAsync(string loginProvider, string providerKey, CancellationToken cancellationToken) =>
        connections.QuerySingleOrDefaultAsync<AppUser>(
            SelectUserByLogin, new { LoginProvider = loginProvider, ProviderKey = providerKey }, cancellationToken);
}
