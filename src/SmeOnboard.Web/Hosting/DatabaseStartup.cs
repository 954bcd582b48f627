using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Identity;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Features.Marketplace;

namespace SmeOnboard.Web.Hosting;

/// <summary>Before the first request: migrate, make sure the five roles exist, and seed demo data when asked.</summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            app.Services.GetRequiredService<DatabaseMigrator>().Migrate();
        }

        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var created = await roles.CreateAsync(new AppRole { Id = Guid.CreateVersion7(), Name = role });
                if (!created.Succeeded && !await roles.RoleExistsAsync(role))
                {
                    // Another node may have created it at the same moment; anything else is a real fault.
                    throw new InvalidOperationException($"Could not create role {role}: {created.Errors.First().Description}");
                }
            }
        }

        if (scope.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value.Seed)
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        }

        // After the demo vendors exist, so the shipped apps are filed under their accounts.
        await scope.ServiceProvider.LoadMarketplaceCatalogueAsync();
        if (scope.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value.Seed)
        {
            // After the catalogue, whose apps the demo reviews and the pilot's purchases are about.
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedReviewsAsync();
            await scope.ServiceProvider.GetRequiredService<DemoPilot>().SeedAsync();
        }
    }
}
