using System.Text;
using Dapper;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Features.Marketplace;

public sealed partial class CatalogueStore
{
    private const string TextColumns = "a.name_en, a.name_zh, a.tagline_en, a.tagline_zh, a.description_en, a.description_zh, a.vendor_name";

    /// <summary>
    /// Filters, sorts and pages in SQL, so the page reads only the apps it shows. On PostgreSQL one statement finds the
    /// matches once for the page and the total (a window count); SQLite counts separately, because a window count stops
    /// its sorter from keeping only the page's rows and it then sorts every match (docs/benchmarks/marketplace.md).
    /// </summary>
    public async Task<CataloguePage> SearchAsync(CatalogueQuery query, CancellationToken cancellationToken = default)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, CatalogueQuery.MaxPageSize);
        var page = Math.Max(query.Page, 1);
        var parameters = new DynamicParameters();
        var where = Where(query, parameters);
        parameters.Add("take", pageSize);
        parameters.Add("skip", (page - 1) * pageSize);
        var pageSql = $"FROM marketplace_apps a {where} ORDER BY {OrderBy(query)} LIMIT @take OFFSET @skip";
        var countSql = $"SELECT COUNT(*) FROM marketplace_apps a {where}";

        await using var connection = await db.OpenAsync(cancellationToken);
        if (db.Dialect.Provider != DatabaseProvider.Postgres)
        {
            var count = await connection.ExecuteScalarAsync<int>(new CommandDefinition(countSql, parameters, cancellationToken: cancellationToken));
            var apps = await connection.QueryAsync<CatalogueApp>(new CommandDefinition(
                $"SELECT {CatalogueApp.Columns} {pageSql}", parameters, cancellationToken: cancellationToken));
            return new CataloguePage(apps.AsList(), count, page, pageSize);
        }
        var total = 0L;
        var rows = (await connection.QueryAsync<CatalogueApp, long, CatalogueApp>(new CommandDefinition(
            $"SELECT {CatalogueApp.Columns}, COUNT(*) OVER () AS total {pageSql}", parameters, cancellationToken: cancellationToken), (app, count) =>
            {
                total = count;
                return app;
            }, splitOn: "total")).AsList();
        if (rows.Count == 0 && page > 1)
        {
            total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(countSql, parameters, cancellationToken: cancellationToken));
        }
        return new CataloguePage(rows, (int)total, page, pageSize);
    }

    private string Where(CatalogueQuery query, DynamicParameters parameters)
    {
        // Suspended and delisted apps stay on record for their installs but leave the catalogue.
        var clauses = new List<string> { "a.listing = 'Listed'" };
        if (Words(query) is { } pattern)
        {
            parameters.Add("pattern", pattern);
            // Lower-cased once here rather than by lower() on every row PostgreSQL reads (see Contains).
            parameters.Add("lowerPattern", pattern.ToLowerInvariant());
            clauses.Add(TextMatch(query.Text!.Trim(), parameters));
        }
        if (!string.IsNullOrEmpty(query.Category))
        {
            parameters.Add("category", query.Category);
            clauses.Add("a.category = @category");
        }
        if (!string.IsNullOrEmpty(query.Industry))
        {
            parameters.Add("industry", query.Industry);
            // IN rather than a correlated EXISTS: one range of the (industry_code, app_id) key instead of a probe per app.
            clauses.Add("a.id IN (SELECT i.app_id FROM marketplace_app_industries i WHERE i.industry_code = @industry)");
        }
        if (query.MaturityLevel is { } level)
        {
            parameters.Add("level", level);
            clauses.Add("a.id IN (SELECT l.app_id FROM marketplace_app_levels l WHERE l.maturity_level = @level)");
        }
        if (query.VoucherEligibleOnly)
        {
            parameters.Add("eligible", true);
            clauses.Add("a.voucher_eligible = @eligible");
        }
        if (query.FreeOnly)
        {
            clauses.Add("a.pricing_model = 'free'");
        }
        if (query.MinPriceMinor is { } min)
        {
            parameters.Add("minPrice", min);
            clauses.Add("a.price_minor >= @minPrice");
        }
        if (query.MaxPriceMinor is { } max)
        {
            parameters.Add("maxPrice", max);
            clauses.Add("a.price_minor <= @maxPrice");
        }
        return clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses);
    }

    /// <summary>
    /// The words anywhere in the searchable texts, through an index wherever one can serve them: one or two CJK
    /// characters by their gram (migration 0027), three or more characters by trigrams (FTS5 on SQLite, pg_trgm over
    /// the lower-cased search_text on PostgreSQL). Other words shorter than a trigram are matched column by column.
    /// </summary>
    private string TextMatch(string text, DynamicParameters parameters)
    {
        var postgres = db.Dialect.Provider == DatabaseProvider.Postgres;
        if (CjkGrams.IsGram(text))
        {
            parameters.Add("gram", text);
            return postgres
                ? "a.search_grams @> ARRAY[@gram]::text[]"
                : "a.rowid IN (SELECT rowid FROM marketplace_apps_grams WHERE marketplace_apps_grams MATCH '\"' || @gram || '\"')";
        }
        if (postgres)
            return "a.search_text LIKE @lowerPattern";
        if (text.EnumerateRunes().Count() >= 3)
        {
            // A quoted FTS5 string: with the trigram tokenizer it matches as a case-insensitive substring.
            parameters.Add("phrase", $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
            return "a.rowid IN (SELECT rowid FROM marketplace_apps_search WHERE marketplace_apps_search MATCH @phrase)";
        }
        return "(" + string.Join(" OR ", TextColumns.Split(", ").Select(column => $"{column} LIKE @pattern ESCAPE '\\'")) + ")";
    }

    private string OrderBy(CatalogueQuery query) => query.Sort switch
    {
        CatalogueSort.Newest => "a.first_published_at DESC, a.name_en, a.id",
        CatalogueSort.PriceLowToHigh => "a.price_minor, a.name_en, a.id",
        CatalogueSort.PriceHighToLow => "a.price_minor DESC, a.name_en, a.id",
        CatalogueSort.Rating => "CASE WHEN a.rating_count = 0 THEN 0 ELSE a.rating_sum * 1.0 / a.rating_count END DESC, a.rating_count DESC, a.name_en, a.id",
        _ when Words(query) is null => "a.name_en, a.id",
        // A hit in the name outranks one in the vendor, which outranks one in the texts.
        _ => $"""
              (CASE WHEN {Contains("name")} THEN 4 ELSE 0 END
               + CASE WHEN {Contains("vendor")} THEN 2 ELSE 0 END
               + CASE WHEN {Contains("tagline")} THEN 1 ELSE 0 END) DESC,
              a.name_en, a.id
              """,
    };

    /// <summary>
    /// The words are in the app's names, taglines or vendor, ignoring case. PostgreSQL reads the lower-cased copies of
    /// migration 0027 with a pattern lower-cased once, and no ESCAPE clause (backslash is its default): lower() and
    /// ESCAPE on a parameter are evaluated again for every row under a generic plan, which cost more than the search.
    /// </summary>
    private string Contains(string field) => db.Dialect.Provider == DatabaseProvider.Postgres
        ? $"a.search_{(field == "vendor" ? "vendor" : field + "s")} LIKE @lowerPattern"
        : field == "vendor"
            ? "a.vendor_name LIKE @pattern ESCAPE '\\'"
            : $"a.{field}_en LIKE @pattern ESCAPE '\\' OR a.{field}_zh LIKE @pattern ESCAPE '\\'";

    /// <summary>The search words as one LIKE pattern, with the user's own % and _ taken literally.</summary>
    private static string? Words(CatalogueQuery query)
    {
        var text = query.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var escaped = new StringBuilder("%");
        foreach (var c in text)
        {
            if (c is '\\' or '%' or '_')
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.Append('%').ToString();
    }
}
