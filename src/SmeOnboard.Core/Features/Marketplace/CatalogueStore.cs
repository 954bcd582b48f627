using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace.Manifests;

namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>
/// The app catalogue: published versions and the current one's searchable fields. The catalogue is public to every
/// firm, so nothing here filters by tenant; installs (which are tenant data) live in <see cref="AppInstallStore"/>.
/// </summary>
public sealed partial class CatalogueStore(IDbConnectionFactory db, TimeProvider clock)
{
    /// <summary>
    /// Publishes a vetted manifest from <paramref name="vendorOrgId"/>: a new app, a higher version, or nothing when the
    /// version is known or lower. All rows of one publication commit together.
    /// </summary>
    public async Task<PublishOutcome> PublishAsync(AppManifest manifest, string json, Guid vendorOrgId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await connection.QuerySingleOrDefaultAsync<string>(
            new CommandDefinition($"SELECT current_version FROM marketplace_apps WHERE id = @Id {db.Dialect.ForUpdate}", new { manifest.Id }, transaction, cancellationToken: cancellationToken));
        PublishOutcome outcome;
        if (current is null)
        {
            outcome = PublishOutcome.Added;
        }
        else if (await VersionExistsAsync(connection, transaction, manifest, cancellationToken))
        {
            return PublishOutcome.Unchanged;
        }
        else if (AppVersions.Compare(manifest.Version, current) < 0)
        {
            return PublishOutcome.OlderThanCurrent;
        }
        else
        {
            outcome = PublishOutcome.NewVersion;
        }

        try
        {
            var now = clock.GetUtcNow();
            var row = Row(manifest, vendorOrgId, now);
            if (outcome == PublishOutcome.Added)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO marketplace_apps (id, vendor_org_id, vendor_name, current_version, category, name_en, name_zh, tagline_en, tagline_zh,
                        description_en, description_zh, pricing_model, price_minor, currency, voucher_eligible, first_published_at, published_at)
                    VALUES (@Id, @VendorOrgId, @VendorName, @Version, @Category, @NameEn, @NameZh, @TaglineEn, @TaglineZh,
                        @DescriptionEn, @DescriptionZh, @PricingModel, @PriceMinor, @Currency, @VoucherEligible, @Now, @Now)
                    """, row, transaction, cancellationToken: cancellationToken));
            }
            else
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    UPDATE marketplace_apps SET vendor_name = @VendorName, current_version = @Version, category = @Category,
                        name_en = @NameEn, name_zh = @NameZh, tagline_en = @TaglineEn, tagline_zh = @TaglineZh,
                        description_en = @DescriptionEn, description_zh = @DescriptionZh, pricing_model = @PricingModel,
                        price_minor = @PriceMinor, currency = @Currency, voucher_eligible = @VoucherEligible, published_at = @Now
                    WHERE id = @Id
                    """, row, transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM marketplace_app_industries WHERE app_id = @Id; DELETE FROM marketplace_app_levels WHERE app_id = @Id",
                    new { manifest.Id }, transaction, cancellationToken: cancellationToken));
            }
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO marketplace_app_industries (app_id, industry_code) VALUES (@Id, @Code)",
                manifest.Industries.Select(code => new { manifest.Id, Code = code }), transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO marketplace_app_levels (app_id, maturity_level) VALUES (@Id, @Level)",
                manifest.MaturityLevels.Select(level => new { manifest.Id, Level = level }), transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                $"""
                INSERT INTO marketplace_app_versions (app_id, version, state, manifest, published_at)
                VALUES (@Id, @Version, 'Published', {db.Dialect.Json("Json")}, @Now)
                """,
                new { manifest.Id, manifest.Version, Json = json, Now = now }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbException exception) when (IsUniqueViolation(exception))
        {
            // Another node loaded the same manifest at the same moment; its rows are the same as ours would be.
            return PublishOutcome.Unchanged;
        }
        return outcome;
    }

    /// <summary>An app with its current manifest, or null.</summary>
    public async Task<CatalogueApp?> FindAsync(string appId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<CatalogueApp>(new CommandDefinition(FindSql, new { appId }, cancellationToken: cancellationToken));
    }

    /// <summary>One app with its current manifest, by @appId (checkout reads it together with the rest of a purchase).</summary>
    internal const string FindSql =
        $"""
        SELECT {CatalogueApp.Columns}, v.manifest
        FROM marketplace_apps a JOIN marketplace_app_versions v ON v.app_id = a.id AND v.version = a.current_version
        WHERE a.id = @appId
        """;

    /// <summary>The manifest of one published version of an app (the one a firm installed), or null.</summary>
    public async Task<AppManifest?> FindManifestAsync(string appId, string version, CancellationToken cancellationToken = default)
    {
        var json = (await db.QueryListAsync<string>(
            "SELECT manifest FROM marketplace_app_versions WHERE app_id = @appId AND version = @version", new { appId, version }, cancellationToken)).SingleOrDefault();
        return json is null ? null : System.Text.Json.JsonSerializer.Deserialize<AppManifest>(json, ManifestValidator.Json);
    }

    /// <summary>The published versions of an app, newest first.</summary>
    public async Task<IReadOnlyList<string>> ListVersionsAsync(string appId, CancellationToken cancellationToken = default)
    {
        var versions = await db.QueryListAsync<string>("SELECT version FROM marketplace_app_versions WHERE app_id = @appId", new { appId }, cancellationToken);
        return versions.OrderDescending(Comparer<string>.Create(AppVersions.Compare)).ToList();
    }

    private static bool IsUniqueViolation(DbException exception) => exception switch
    {
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 } => true,
        Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } => true,
        _ => false,
    };

    private static Task<bool> VersionExistsAsync(DbConnection connection, DbTransaction transaction, AppManifest manifest, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT COUNT(*) > 0 FROM marketplace_app_versions WHERE app_id = @Id AND version = @Version",
            new { manifest.Id, manifest.Version }, transaction, cancellationToken: cancellationToken));

    private static object Row(AppManifest manifest, Guid vendorOrgId, DateTimeOffset now) => new
    {
        manifest.Id,
        VendorOrgId = vendorOrgId,
        VendorName = manifest.Vendor.Name,
        manifest.Version,
        manifest.Category,
        NameEn = manifest.Name.En,
        NameZh = manifest.Name.ZhCn,
        TaglineEn = manifest.Tagline.En,
        TaglineZh = manifest.Tagline.ZhCn,
        DescriptionEn = manifest.Description.En,
        DescriptionZh = manifest.Description.ZhCn,
        PricingModel = manifest.Pricing.Model,
        PriceMinor = manifest.Pricing.AmountMinor,
        manifest.Pricing.Currency,
        manifest.VoucherEligible,
        Now = now,
    };
}
