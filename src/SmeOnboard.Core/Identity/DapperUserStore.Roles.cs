using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Identity;

public sealed partial class DapperUserStore : IUserRoleStore<AppUser>
{
    // ON CONFLICT keeps a repeated grant (two admins clicking at once) from turning into a key violation.
    private const string InsertUserRole = """
        INSERT INTO user_roles (user_id, role_id)
        SELECT @UserId, id FROM roles WHERE normalized_name = @NormalizedRoleName
        ON CONFLICT (user_id, role_id) DO NOTHING
        """;

    private const string DeleteUserRole = """
        DELETE FROM user_roles
        WHERE user_id = @UserId AND role_id IN (SELECT id FROM roles WHERE normalized_name = @NormalizedRoleName)
        """;

    private const string SelectRoleNames = """
        SELECT r.name FROM roles r JOIN user_roles ur ON ur.role_id = r.id
        WHERE ur.user_id = @UserId
        ORDER BY r.name
        """;

    private const string CountUserRole = """
        SELECT COUNT(*) FROM user_roles ur JOIN roles r ON r.id = ur.role_id
        WHERE ur.user_id = @UserId AND r.normalized_name = @NormalizedRoleName
        """;

    private const string SelectUsersInRole = $"""
        SELECT {UserColumns} FROM users
        WHERE id IN (SELECT ur.user_id FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE r.normalized_name = @NormalizedRoleName)
        ORDER BY normalized_user_name
        """;

    private const string CountRole = "SELECT COUNT(*) FROM roles WHERE normalized_name = @NormalizedRoleName";

    public async Task AddToRoleAsync(AppUser user, string normalizedRoleName, CancellationToken cancellationToken)
    {
        var parameters = new { UserId = user.Id, NormalizedRoleName = normalizedRoleName };
        if (await connections.ExecuteAsync(InsertUserRole, parameters, cancellationToken) > 0)
        {
            return;
        }
        // Nothing inserted: either the user already holds the role, or the role does not exist, which is a
        // programming error (roles are seeded), reported the way Identity's own stores report it.
        if (await connections.QuerySingleOrDefaultAsync<long>(CountRole, parameters, cancellationToken) == 0)
        {
            throw new InvalidOperationException($"Role {normalizedRoleName} does not exist.");
        }
    }

    public Task RemoveFromRoleAsync(AppUser user, string normalizedRoleName, CancellationToken cancellationToken) =>
        connections.ExecuteAsync(DeleteUserRole, new { UserId = user.Id, NormalizedRoleName = normalizedRoleName }, cancellationToken);

    public async Task<IList<string>> GetRolesAsync(AppUser user, CancellationToken cancellationToken) =>
        await connections.QueryListAsync<string>(SelectRoleNames, new { UserId = user.Id }, cancellationToken);

    public async Task<bool> IsInRoleAsync(AppUser user, string normalizedRoleName, CancellationToken cancellationToken) =>
        await connections.QuerySingleOrDefaultAsync<long>(
            CountUserRole, new { UserId = user.Id, NormalizedRoleName = normalizedRoleName }, cancellationToken) > 0;

    public async Task<IList<AppUser>> GetUsersInRoleAsync(string normalizedRoleName, CancellationToken cancellationToken) =>
        await connections.QueryListAsync<AppUser>(SelectUsersInRole, new { NormalizedRoleName = normalizedRoleName }, cancellationToken);
}
