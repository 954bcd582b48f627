using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Marketplace.Ratings;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vendors;
using SmeOnboard.Core.Identity;

namespace SmeOnboard.Web.Features.Demo;

/// <summary>Creates the demo organisations and accounts once; later starts find them and change nothing.</summary>
public sealed partial class DemoSeeder(
    UserManager<AppUser> users,
    IDbConnectionFactory db,
    OrganisationStore organisations,
    MembershipStore memberships,
    VendorOnboardingStore vendorOnboarding,
    FirmReviewStore reviews,
    CatalogueStore catalogue,
    IOptions<DemoOptions> options,
    DemoProgramme programme,
    TimeProvider clock,
    ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync()
    {
        foreach (var demo in DemoAccounts.Organisations)
        {
            if (await users.FindByEmailAsync(demo.People[0].Email) is not null)
            {
                continue;
            }
            Guid orgId;
            await using (var connection = await db.OpenAsync())
            await using (var transaction = await connection.BeginTransactionAsync())
            {
                orgId = (await organisations.CreateAsync(connection, transaction, demo.Kind, demo.Profile)).Id;
                await transaction.CommitAsync();
            }
            foreach (var person in demo.People)
            {
                await AddPersonAsync(orgId, person);
            }
            LogSeeded(logger, demo.Profile.Name);
        }
        await SeedVendorOnboardingAsync();
        await programme.SeedAsync();
    }

    private async Task AddPersonAsync(Guid orgId, DemoPerson person)
    {
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = person.Email,
            Email = person.Email,
            EmailConfirmed = true,
            DisplayName = person.DisplayName,
            LockoutEnabled = true,
            CreatedAt = clock.GetUtcNow(),
        };
        Check(await users.CreateAsync(user, options.Value.Password), person.Email);
        Check(await users.AddToRoleAsync(user, person.Role), person.Email);
        await using var connection = await db.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await memberships.AddAsync(connection, transaction, user.Id, orgId, person.Role);
        await transaction.CommitAsync();
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo organisation {Organisation}")]
    private static partial void LogSeeded(ILogger logger, string organisation);
}
