using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Identity;

/// <summary>
/// A real UserManager and RoleManager on the Dapper stores, wired the way the portal wires them, so the tests
/// exercise Identity's own logic (validation, hashing, lockout, stamps) against each database.
/// </summary>
internal sealed class IdentityHarness : IAsyncDisposable
{
    public const string Password = "Correct-horse-7";

    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private IdentityHarness(ServiceProvider services)
    {
        _services = services;
        _scope = services.CreateAsyncScope();
    }

    public UserManager<AppUser> Users => _scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

    public RoleManager<AppRole> Roles => _scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();

    public static async Task<IdentityHarness> StartAsync(TestDatabases databases, DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var services = database.CreateServices(services => services
            .AddIdentityCore<AppUser>(options => options.Lockout.MaxFailedAccessAttempts = 5)
            .AddRoles<AppRole>()
            .AddDapperStores());
        return new IdentityHarness(services);
    }

    /// <summary>A user manager from a fresh scope: a second request reading the same user independently.</summary>
    public async Task<AppUser> ReloadAsync(AppUser user)
    {
        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.FindByIdAsync(user.Id.ToString()) ?? throw new InvalidOperationException($"User {user.Id} is gone.");
    }

    /// <summary>Creates a user with a unique email, so tests sharing the run's database never collide.</summary>
    public async Task<AppUser> CreateUserAsync(string? email = null)
    {
        var user = NewUser(email);
        var result = await Users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(error => error.Description)));
        return user;
    }

    public async Task<string> CreateRoleAsync()
    {
        var name = $"Role-{Guid.NewGuid():N}";
        var result = await Roles.CreateAsync(new AppRole { Name = name });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(error => error.Description)));
        return name;
    }

    public static AppUser NewUser(string? email = null)
    {
        email ??= UniqueEmail();
        return new AppUser { UserName = email, Email = email, DisplayName = "Test Person" };
    }

    public static string UniqueEmail() => $"person-{Guid.NewGuid():N}@example.test";

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }
}
