using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Identity;

/// <summary>
/// ASP.NET Core Identity's user store on Dapper. Properties of the user (password hash, stamps, lockout, flags) are
/// set on the object and written by <see cref="UpdateAsync"/>, as UserManager expects; roles, claims, logins and
/// tokens live in their own tables and are written at once. The other interfaces sit in the partial files beside this one.
/// </summary>
public sealed partial class DapperUserStore(IDbConnectionFactory connections, TimeProvider clock, IdentityErrorDescriber errors)
    : IUserStore<AppUser>
{
    private const string UserColumns = """
        id, user_name, normalized_user_name, email, normalized_email, email_confirmed, display_name, password_hash,
        security_stamp, concurrency_stamp, phone_number, phone_number_confirmed, two_factor_enabled, lockout_end,
        lockout_enabled, access_failed_count, preferred_culture, created_at
        """;

    private const string InsertUser = $"""
        INSERT INTO users ({UserColumns})
        VALUES (@Id, @UserName, @NormalizedUserName, @Email, @NormalizedEmail, @EmailConfirmed, @DisplayName, @PasswordHash,
                @SecurityStamp, @ConcurrencyStamp, @PhoneNumber, @PhoneNumberConfirmed, @TwoFactorEnabled, @LockoutEnd,
                @LockoutEnabled, @AccessFailedCount, @PreferredCulture, @CreatedAt)
        """;

    // The stamp the caller read must still be the one stored; otherwise someone else saved in between.
    private const string UpdateUser = """
        UPDATE users SET
            user_name = @UserName, normalized_user_name = @NormalizedUserName, email = @Email,
            normalized_email = @NormalizedEmail, email_confirmed = @EmailConfirmed, display_name = @DisplayName,
            password_hash = @PasswordHash, security_stamp = @SecurityStamp, concurrency_stamp = @NewConcurrencyStamp,
            phone_number = @PhoneNumber, phone_number_confirmed = @PhoneNumberConfirmed,
            two_factor_enabled = @TwoFactorEnabled, lockout_end = @LockoutEnd, lockout_enabled = @LockoutEnabled,
            access_failed_count = @AccessFailedCount, preferred_culture = @PreferredCulture
        WHERE id = @Id AND concurrency_stamp = @ConcurrencyStamp
        """;

    private const string DeleteUser = "DELETE FROM users WHERE id = @Id AND concurrency_stamp = @ConcurrencyStamp";
    private const string SelectUserById = $"SELECT {UserColumns} FROM users WHERE id = @Id";
    private const string SelectUserByName = $"SELECT {UserColumns} FROM users WHERE normalized_user_name = @NormalizedUserName";

    public async Task<IdentityResult> CreateAsync(AppUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        // The portal signs people in by email, so the schema requires one; say so instead of failing on NOT NULL.
        if (user.NormalizedEmail is null)
        {
            return IdentityResult.Failed(errors.InvalidEmail(user.Email));
        }
        if (user.Id == Guid.Empty)
        {
            // Version 7 ids grow with time, which keeps the primary-key index append-mostly.
            user.Id = Guid.CreateVersion7(clock.GetUtcNow());
        }
        if (user.CreatedAt == default)
        {
            // Cut to what the database keeps, so the object in hand equals the row.
            user.CreatedAt = DapperTypeHandlers.ToStoredPrecision(clock.GetUtcNow());
        }
        user.ConcurrencyStamp ??= Guid.NewGuid().ToString();

        try
        {
            await connections.ExecuteAsync(InsertUser, user, cancellationToken);
            return IdentityResult.Success;
        }
        catch (DbException exception) when (DuplicateOf(user, exception) is { } duplicate)
        {
            return IdentityResult.Failed(duplicate);
        }
    }

    public async Task<IdentityResult> UpdateAsync(AppUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var newStamp = Guid.NewGuid().ToString();
        var parameters = new Dapper.DynamicParameters(user);
        parameters.Add("NewConcurrencyStamp", newStamp);
        try
        {
            if (await connections.ExecuteAsync(UpdateUser, parameters, cancellationToken) == 0)
            {
                return IdentityResult.Failed(errors.ConcurrencyFailure());
            }
        }
        catch (DbException exception) when (DuplicateOf(user, exception) is { } duplicate)
        {
            return IdentityResult.Failed(duplicate);
        }
        user.ConcurrencyStamp = newStamp;
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(AppUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        // Roles, claims, logins, tokens and memberships go with the user through ON DELETE CASCADE.
        var deleted = await connections.ExecuteAsync(DeleteUser, new { user.Id, user.ConcurrencyStamp }, cancellationToken);
        return deleted == 0 ? IdentityResult.Failed(errors.ConcurrencyFailure()) : IdentityResult.Success;
    }

    public Task<AppUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        Guid.TryParse(userId, out var id)
            ? connections.QuerySingleOrDefaultAsync<AppUser>(SelectUserById, new { Id = id }, cancellationToken)
            : Task.FromResult<AppUser?>(null);

    public Task<AppUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        connections.QuerySingleOrDefaultAsync<AppUser>(SelectUserByName, new { NormalizedUserName = normalizedUserName }, cancellationToken);

    public Task<string> GetUserIdAsync(AppUser user, CancellationToken cancellationToken) =>
        Task.FromResult(user.Id.ToString());

    public Task<string?> GetUserNameAsync(AppUser user, CancellationToken cancellationToken) =>
        Task.FromResult(user.UserName);

    public Task SetUserNameAsync(AppUser user, string? userName, CancellationToken cancellationToken)
    {
        user.UserName = userName;
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedUserNameAsync(AppUser user, CancellationToken cancellationToken) =>
        Task.FromResult(user.NormalizedUserName);

    public Task SetNormalizedUserNameAsync(AppUser user, string? normalizedName, CancellationToken cancellationToken)
    {
        user.NormalizedUserName = normalizedName;
        return Task.CompletedTask;
    }

    /// <summary>Connections are opened per call, so the store holds nothing to release.</summary>
    public void Dispose()
    {
    }

    private IdentityError? DuplicateOf(AppUser user, DbException exception)
    {
        if (exception.IsUniqueViolation("users", "normalized_email"))
        {
            return errors.DuplicateEmail(user.Email ?? "");
        }
        if (exception.IsUniqueViolation("users", "normalized_user_name"))
        {
            return errors.DuplicateUserName(user.UserName ?? "");
        }
        return null;
    }
}
