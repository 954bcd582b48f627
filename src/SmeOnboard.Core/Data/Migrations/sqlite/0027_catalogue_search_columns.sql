-- Catalogue search over 10,000 apps, second step (docs/benchmarks/marketplace.md, docs/decisions/catalogue-search-cjk-grams.md).
-- Words of one or two CJK characters are shorter than a trigram, so the FTS5 index of 0014 cannot serve them. Every
-- CJK character and every pair of adjacent CJK characters of an app's texts is kept as one token of
-- marketplace_apps_grams (keyed by the app's rowid, kept in step by triggers), so such a word is found by its exact
-- token: a pair appears in the texts exactly when it is one of their adjacent pairs. Ranges as in CjkGrams.cs:
-- kana 3040-30FF, CJK extension A 3400-4DBF, unified ideographs 4E00-9FFF, Hangul AC00-D7AF, compatibility F900-FAFF.
-- The positions of a text come from json_each over an array of that many zeros (triggers cannot use WITH RECURSIVE).
-- The ascii tokenizer keeps every non-ASCII character inside a token and splits at the spaces between grams.
CREATE VIRTUAL TABLE marketplace_apps_grams USING fts5 (grams, tokenize = 'ascii');
INSERT INTO marketplace_apps_grams (rowid, grams)
SELECT a.rowid, (SELECT coalesce(group_concat(g, ' '), '') FROM (
            SELECT DISTINCT substr(t.v, p.key + 1, n.n) AS g
            FROM (SELECT a.name_en || char(10) || a.name_zh || char(10) || a.tagline_en || char(10) || a.tagline_zh || char(10) || a.description_en || char(10) || a.description_zh || char(10) || a.vendor_name AS v) AS t,
                 json_each('[' || replace(hex(zeroblob(length(t.v))), '00', '0,') || '0]') AS p,
                 (SELECT 1 AS n UNION ALL SELECT 2) AS n
            WHERE p.key + n.n <= length(t.v)
              AND (unicode(substr(t.v, p.key + 1, 1)) BETWEEN 12352 AND 12543 OR unicode(substr(t.v, p.key + 1, 1)) BETWEEN 13312 AND 19903 OR unicode(substr(t.v, p.key + 1, 1)) BETWEEN 19968 AND 40959
                         OR unicode(substr(t.v, p.key + 1, 1)) BETWEEN 44032 AND 55215 OR unicode(substr(t.v, p.key + 1, 1)) BETWEEN 63744 AND 64255)
              AND (n.n = 1 OR (unicode(substr(t.v, p.key + 2, 1)) BETWEEN 12352 AND 12543 OR unicode(substr(t.v, p.key + 2, 1)) BETWEEN 13312 AND 19903 OR unicode(substr(t.v, p.key + 2, 1)) BETWEEN 19968 AND 40959
                         OR unicode(substr(t.v, p.key + 2, 1)) BETWEEN 44032 AND 55215 OR unicode(substr(t.v, p.key + 2, 1)) BETWEEN 63744 AND 64255))))
FROM marketplace_apps a;
CREATE TRIGGER marketplace_apps_grams_insert AFTER INSERT ON marketplace_apps BEGIN
    INSERT INTO marketplace_apps_grams (rowid, grams)
    VALUES (new.rowid, (SELECT coalesce(group_concat(g, ' '), '') FROM (
            SELECT DISTINCT substr(t.v, p.key + 1, n.n) AS g
            FROM (SELECT new.name_en || char(10) || new.name_zh || char(10) || new.tagline_en || char(10) || new.tagline_zh || char(10) || new.description_en || char(10) || new.description_zh || char(10) || new.vendor_name AS v) AS t,
                 json_each('[' || replace(hex(zeroblob(length(t.v))), '00', '0,') || '0]') AS p,
                 (SELECT 1 AS n UNION ALL SELECT 2) AS n
            WHERE p.key + n.n <= length(t.v)
              AND (unicode(substr(t.v, p.key + 1, 1)) BETWEEN 12352 AND 12543 OR unicode(substr(t.v, p.key + 1, 1)) BETWEEN 13312 AND 19903 OR unicode(substr(t.v, p.key + 1, 1)) BETWEEN 19968 AND 40959
                         OR unicode(substr(t.v, p.key + 1, 1)) BETWEEN 44032 AND 55215 OR unicode(substr(t.v, p.key + 1, 1)) BETWEEN 63744 AND 64255)
              AND (n.n = 1 OR (unicode(substr(t.v, p.key + 2, 1)) BETWEEN 12352 AND 12543 OR unicode(substr(t.v, p.key + 2, 1)) BETWEEN 13312 AND 19903 OR unicode(substr(t.v, p.key + 2, 1)) BETWEEN 19968 AND 40959
                         OR unicode(substr(t.v, p.key + 2, 1)) BETWEEN 44032 AND 55215 OR unicode(substr(t.v, p.key + 2, 1)) BETWEEN 63744 AND 64255)))));
END;
CREATE TRIGGER marketplace_apps_grams_update AFTER UPDATE OF name_en, name_zh, tagline_en, tagline_zh, description_en, description_zh, vendor_name
ON marketplace_apps BEGIN
    DELETE FROM marketplace_apps_grams WHERE rowid = old.rowid;
    INSERT INTO marketplace_apps_grams (rowid, grams)
    VALUES (new.rowid, (SELECT coalesce(group_concat(g, ' '), '') FROM (
            SELECT DISTINCT substr(t.v, p.key + 1, n.n) AS g
            FROM (SELECT new.name_en || char(10) || new.name_zh || char(10) || new.tagline_en || char(10) || new.tagline_zh || char(10) || new.description_en || char(10) || new.description_zh || char(10) || new.vendor_name AS v) AS t,
                 json_each('[' || replace(hex(zeroblob(length(t.v))), '00', '0,') || '0]') AS p,
                 (SELECT 1 AS n UNION ALL SELECT 2) AS n
            WHERE p.key + n.n <= length(t.v)
              AND (unicode(substr(t.v, p.key + 1, 1)) BETWEEN 12352 AND 12543 OR unicode(substr(t.v, p.key + 1, 1)) BETWEEN 13312 AND 19903 OR unicode(substr(t.v, p.key + 1, 1)) BETWEEN 19968 AND 40959
                         OR unicode(substr(t.v, p.key + 1, 1)) BETWEEN 44032 AND 55215 OR unicode(substr(t.v, p.key + 1, 1)) BETWEEN 63744 AND 64255)
              AND (n.n = 1 OR (unicode(substr(t.v, p.key + 2, 1)) BETWEEN 12352 AND 12543 OR unicode(substr(t.v, p.key + 2, 1)) BETWEEN 13312 AND 19903 OR unicode(substr(t.v, p.key + 2, 1)) BETWEEN 19968 AND 40959
                         OR unicode(substr(t.v, p.key + 2, 1)) BETWEEN 44032 AND 55215 OR unicode(substr(t.v, p.key + 2, 1)) BETWEEN 63744 AND 64255)))));
END;
CREATE TRIGGER marketplace_apps_grams_delete AFTER DELETE ON marketplace_apps BEGIN
    DELETE FROM marketplace_apps_grams WHERE rowid = old.rowid;
END;
-- "Voucher-eligible within a price range" without reading every app's row.
CREATE INDEX ix_marketplace_apps_voucher_price ON marketplace_apps (voucher_eligible, price_minor);
