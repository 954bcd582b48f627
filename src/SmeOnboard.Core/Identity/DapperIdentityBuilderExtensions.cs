using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SmeOnboard.Core.Identity;

public static class DapperIdentityBuilderExtensions
{
    /// <summary>
    /// Stores users and roles through Dapper in the portal's database. Needs the data services (AddPortalData or an
    /// IDbConnectionFactory of your own); scoped like UserManager, which holds a store for its lifetime.
    /// </summary>
    public static IdentityBuilder AddDapperStores(this IdentityBuilder builder)
    {
        if (builder.UserType != typeof(AppUser) || builder.RoleType is not null && builder.RoleType != typeof(AppRole))
        {
            throw new InvalidOperationException(
                $"The Dapper stores serve {nameof(AppUser)} and {nameof(AppRole)}; Identity was set up for {builder.UserType.Name} and {builder.RoleType?.Name ?? "no roles"}.");
        }
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IUserStore<AppUser>, DapperUserStore>();
        builder.Services.AddScoped<IRoleStore<AppRole>, DapperRoleStore>();
        return builder;
    }
}
