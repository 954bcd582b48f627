using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Organisations;

/// <summary>Reads and writes organisations. Tenant-facing methods act only on the current actor's organisation.</summary>
public sealed class OrganisationStore(IDbConnectionFactory db, ICurrentActor actor, TimeProvider clock)
{
    private const string Columns =
        "id, kind, name, region, industry_code, headcount_band, turnover_band, website, created_at, version";

    /// <summary>Inserts a new organisation inside the caller's transaction (sign-up creates it with its first member).</summary>
    public async Task<Organisation> CreateAsync(
        DbConnection connection, DbTransaction transaction, OrganisationKind kind, CompanyProfile profile)
    {
        var organisation = new Organisation
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            Name = profile.Name.Trim(),
            Region = profile.Region,
            IndustryCode = profile.IndustryCode,
            HeadcountBand = profile.HeadcountBand,
            TurnoverBand = profile.TurnoverBand,
            Website = profile.Website,
            CreatedAt = clock.GetUtcNow(),
            Version = 1,
        };
        await connection.ExecuteAsync(
            $"""
            INSERT INTO organisations ({Columns})
            VALUES (@Id, @KindText, @Name, @Region, @IndustryCode, @HeadcountBand, @TurnoverBand, @Website, @CreatedAt, @Version)
            """,
            new
            {
                organisation.Id, KindText = kind.ToString(), organisation.Name, organisation.Region, organisation.IndustryCode,
                organisation.HeadcountBand, organisation.TurnoverBand, organisation.Website, organisation.CreatedAt, organisation.Version,
            },
            transaction);
        return organisation;
    }

    /// <summary>Any organisation by id: for sign-in and platform administration, never for tenant pages.</summary>
    public async Task<Organisation?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Organisation>(
            new CommandDefinition($"SELECT {Columns} FROM organisations WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>The organisation the current person acts for.</summary>
    public Task<Organisation?> GetCurrentAsync(CancellationToken cancellationToken = default) =>
        FindAsync(actor.RequireOrganisationId(), cancellationToken);

    public async Task<IReadOnlyList<Organisation>> ListByKindAsync(OrganisationKind kind, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Organisation>(
            new CommandDefinition(
                $"SELECT {Columns} FROM organisations WHERE kind = @kind ORDER BY name",
                new { kind = kind.ToString() },
                cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>
    /// Saves the current organisation's profile if nobody changed it since <paramref name="expectedVersion"/> was read.
    /// </summary>
    public async Task<Result<Organisation>> UpdateCurrentProfileAsync(
        CompanyProfile profile, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var id = actor.RequireOrganisationId();
        await using var connection = await db.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            new CommandDefinition(
                """
                UPDATE organisations
                SET name = @Name, region = @Region, industry_code = @IndustryCode, headcount_band = @HeadcountBand,
                    turnover_band = @TurnoverBand, website = @Website, version = version + 1
                WHERE id = @id AND version = @expectedVersion
                """,
                new
                {
                    id, expectedVersion, Name = profile.Name.Trim(), profile.Region, profile.IndustryCode,
                    profile.HeadcountBand, profile.TurnoverBand, profile.Website,
                },
                cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return new FieldError("", "Errors.ConcurrentEdit", "Someone else changed this profile meanwhile. Reload to see their changes.");
        }
        return (await FindAsync(id, cancellationToken))!;
    }
}
