-- Catalogue search over 10,000 apps, second step (docs/benchmarks/marketplace.md, docs/decisions/catalogue-search-cjk-grams.md).
-- 1. The searchable texts, joined by newlines and lower-cased, become a stored generated column with its own trigram
--    index. Searches match it with LIKE against a lower-cased pattern: the same rows as ILIKE over the texts, without
--    calling the PL/pgSQL joiner of 0014 for every row a filtered search reads. The relevance order reads lower-cased
--    names, taglines and vendor the same way, instead of lower() and ILIKE on every matching row.
-- 2. Words of one or two CJK characters are shorter than a trigram. Every CJK character and every pair of adjacent CJK
--    characters of the texts becomes an element of search_grams (GIN-indexed), so such a word is found by the exact
--    element: a pair appears in the texts exactly when it is one of their adjacent pairs. Ranges as in CjkGrams.cs.
CREATE FUNCTION marketplace_search_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT substr(run, i, n)), '{}')
    FROM regexp_matches(t, '[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+', 'g') AS m (found)
    CROSS JOIN LATERAL (SELECT m.found[1] AS run) AS r
    CROSS JOIN LATERAL generate_series(1, length(r.run)) AS i
    CROSS JOIN (VALUES (1), (2)) AS v (n)
    WHERE i + n - 1 <= length(r.run)
$$;

ALTER TABLE marketplace_apps ADD COLUMN search_text text GENERATED ALWAYS AS (
    lower(name_en || E'\n' || name_zh || E'\n' || tagline_en || E'\n' || tagline_zh || E'\n' ||
          description_en || E'\n' || description_zh || E'\n' || vendor_name)) STORED;
ALTER TABLE marketplace_apps ADD COLUMN search_names text GENERATED ALWAYS AS (lower(name_en || E'\n' || name_zh)) STORED;
ALTER TABLE marketplace_apps ADD COLUMN search_taglines text GENERATED ALWAYS AS (lower(tagline_en || E'\n' || tagline_zh)) STORED;
ALTER TABLE marketplace_apps ADD COLUMN search_vendor text GENERATED ALWAYS AS (lower(vendor_name)) STORED;
ALTER TABLE marketplace_apps ADD COLUMN search_grams text[] GENERATED ALWAYS AS (
    marketplace_search_grams(name_en || E'\n' || name_zh || E'\n' || tagline_en || E'\n' || tagline_zh || E'\n' ||
                             description_en || E'\n' || description_zh || E'\n' || vendor_name)) STORED;

-- Both GIN indexes are written at once (fastupdate off): with the default pending list, apps published since the last
-- vacuum are kept in an unsorted list that every search reads through, which made a search's time depend on when
-- autovacuum last ran (hundreds of milliseconds after a bulk load). Apps are published rarely and searched often.
DROP INDEX ix_marketplace_apps_search;
DROP FUNCTION marketplace_app_search_text(text, text, text, text, text, text, text);
CREATE INDEX ix_marketplace_apps_search_text ON marketplace_apps USING gin (search_text gin_trgm_ops) WITH (fastupdate = off);
CREATE INDEX ix_marketplace_apps_search_grams ON marketplace_apps USING gin (search_grams) WITH (fastupdate = off);
-- "Voucher-eligible within a price range" narrows the rows a word's trigram match must recheck.
CREATE INDEX ix_marketplace_apps_voucher_price ON marketplace_apps (voucher_eligible, price_minor);
