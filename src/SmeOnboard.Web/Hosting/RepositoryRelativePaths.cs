using Microsoft.Data.Sqlite;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Email;

namespace SmeOnboard.Web.Hosting;

/// <summary>
/// Relative paths in configuration (the SQLite file, the mail pickup folder) mean "under the repository root",
/// whatever folder the portal was started from.
/// </summary>
public static class RepositoryRelativePaths
{
    public static IServiceCollection AddRepositoryRelativePaths(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().PostConfigure<RepositoryRoot>((options, root) =>
        {
            if (options.Provider != DatabaseProvider.Sqlite)
            {
                return;
            }
            var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
            if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
            {
                builder.DataSource = root.Resolve(builder.DataSource);
                options.ConnectionString = builder.ToString();
            }
        });
        services.AddOptions<EmailOptions>().PostConfigure<RepositoryRoot>((options, root) => options.PickupFolder = root.Resolve(options.PickupFolder));
        return services;
    }
}
