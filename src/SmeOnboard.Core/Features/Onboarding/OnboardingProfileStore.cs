using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>The current firm's main products and pains; one row per organisation, written with an upsert.</summary>
public sealed class OnboardingProfileStore(IDbConnectionFactory db, ICurrentActor actor, TimeProvider clock)
{
    public async Task<OnboardingProfile> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ProfileRow>(new CommandDefinition(
            "SELECT main_products, pains FROM onboarding_profiles WHERE org_id = @orgId", new { orgId }, cancellationToken: cancellationToken));
        return row is null
            ? new OnboardingProfile()
            : new OnboardingProfile { MainProducts = row.MainProducts, Pains = row.Pains.Split(',', StringSplitOptions.RemoveEmptyEntries) };
    }

    public async Task<Result<OnboardingProfile>> SaveCurrentAsync(OnboardingProfile profile, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        var products = profile.MainProducts.Trim();
        if (products.Length is 0 or > OnboardingProfile.MaxProductsLength)
            return new FieldError(nameof(OnboardingProfile.MainProducts), "Errors.MainProductsRequired", $"Name the firm's main products (up to {OnboardingProfile.MaxProductsLength} characters).");
        if (profile.Pains.Count == 0 || !profile.Pains.All(ManufacturingProblems.IsKnown))
            return new FieldError(nameof(OnboardingProfile.Pains), "Errors.PainsRequired", "Choose at least one pain from the list.");
        var pains = string.Join(',', profile.Pains.Distinct());
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO onboarding_profiles (org_id, main_products, pains, updated_at) VALUES (@orgId, @products, @pains, @now)
            ON CONFLICT (org_id) DO UPDATE SET main_products = excluded.main_products, pains = excluded.pains, updated_at = excluded.updated_at
            """,
            new { orgId, products, pains, now = clock.GetUtcNow() }, cancellationToken: cancellationToken));
        return new OnboardingProfile { MainProducts = products, Pains = pains.Split(',') };
    }

    private sealed class ProfileRow
    {
        public string MainProducts { get; init; } = "";
        public string Pains { get; init; } = "";
    }
}
