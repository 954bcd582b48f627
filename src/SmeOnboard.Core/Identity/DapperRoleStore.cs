using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Identity;

/// <summary>ASP.NET Core Identity's role store on Dapper; roles carry no claims in this portal.</summary>
public sealed class DapperRoleStore(IDbConnectionFactory connections, TimeProvider clock, IdentityErrorDescriber errors)
    : IRoleStore<AppRole>
{
    private const string RoleColumns = "id, name, normalized_name, concurrency_stamp";

    private const string InsertRole = $"""
        INSERT INTO roles ({RoleColumns}) VALUES (@Id, @Name, @NormalizedName, @ConcurrencyStamp)
        """;

    private const string UpdateRole = """
        UPDATE roles SET name = @Name, normalized_name = @NormalizedName, concurrency_stamp = @NewConcurrencyStamp
        WHERE id = @Id AND concurrency_stamp = @ConcurrencyStamp
        """;

    private const string DeleteRole = "DELETE FROM roles WHERE id = @Id AND concurrency_stamp = @ConcurrencyStamp";
    private const string SelectRoleById = $"SELECT {RoleColumns} FROM roles WHERE id = @Id";
    private const string SelectRoleByName = $"SELECT {RoleColumns} FROM roles WHERE normalized_name = @NormalizedName";

    public async Task<IdentityResult> CreateAsync(AppRole role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(role);
        if (role.Id == Guid.Empty)
        {
            role.Id = Guid.CreateVersion7(clock.GetUtcNow());
        }
        role.ConcurrencyStamp ??= Guid.NewGuid().ToString();
        try
        {
            await connections.ExecuteAsync(InsertRole, role, cancellationToken);
            return IdentityResult.Success;
        }
        catch (DbException exception) when (exception.IsUniqueViolation("roles", "normalized_name"))
        {
            return IdentityResult.Failed(errors.DuplicateRoleName(role.Name ?? ""));
        }
    }

    public async Task<IdentityResult> UpdateAsync(AppRole role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(role);
        var newStamp = Guid.NewGuid().ToString();
        var parameters = new { role.Id, role.Name, role.NormalizedName, role.ConcurrencyStamp, NewConcurrencyStamp = newStamp };
        try
        {
            if (await connections.ExecuteAsync(UpdateRole, parameters, cancellationToken) == 0)
            {
                return IdentityResult.Failed(errors.ConcurrencyFailure());
            }
        }
        catch (DbException exception) when (exception.IsUniqueViolation("roles", "normalized_name"))
        {
            return IdentityResult.Failed(errors.DuplicateRoleName(role.Name ?? ""));
        }
        role.ConcurrencyStamp = newStamp;
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(AppRole role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(role);
        var deleted = await connections.ExecuteAsync(DeleteRole, new { role.Id, role.ConcurrencyStamp }, cancellationToken);
        return deleted == 0 ? IdentityResult.Failed(errors.ConcurrencyFailure()) : IdentityResult.Success;
    }

    public Task<AppRole?> FindByIdAsync(string roleId, CancellationToken cancellationToken) =>
        Guid.TryParse(roleId, out var id)
            ? connections.QuerySingleOrDefaultAsync<AppRole>(SelectRoleById, new { Id = id }, cancellationToken)
            : Task.FromResult<AppRole?>(null);

    public Task<AppRole?> FindByNameAsync(string normalizedRoleName, CancellationToken cancellationToken) =>
        connections.QuerySingleOrDefaultAsync<AppRole>(SelectRoleByName, new { NormalizedName = normalizedRoleName }, cancellationToken);

    public Task<string> GetRoleIdAsync(AppRole role, CancellationToken cancellationToken) =>
        Task.FromResult(role.Id.ToString());

    public Task<string?> GetRoleNameAsync(AppRole role, CancellationToken cancellationToken) =>
        Task.FromResult(role.Name);

    public Task SetRoleNameAsync(AppRole role, string? roleName, CancellationToken cancellationToken)
    {
        role.Name = roleName;
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedRoleNameAsync(AppRole role, CancellationToken cancellationToken) =>
        Task.FromResult(role.NormalizedName);

    public Task SetNormalizedRoleNameAsync(AppRole role, string? normalizedName, CancellationToken cancellationToken)
    {
        role.NormalizedName = normalizedName;
        return Task.CompletedTask;
    }

    /// <summary>Connections are opened per call, so the store holds nothing to release.</summary>
    public void Dispose()
    {
    }
}
