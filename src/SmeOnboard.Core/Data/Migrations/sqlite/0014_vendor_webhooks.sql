-- Install and uninstall webhooks to vendors. The signing secret is kept encrypted with Data Protection (the portal must
-- sign with it, so a hash would not do); it is shown to the vendor once, when made.
CREATE TABLE vendor_webhooks (
    vendor_org_id       TEXT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    url                 TEXT NOT NULL,
    secret_protected    TEXT NOT NULL,
    secret_created_at   TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NULL
);

-- The marketplace's own outbox: an event is written in the same transaction as the install change it reports, then
-- delivered (signed) by the webhook dispatcher, retried with doubling waits until delivered or given up.
CREATE TABLE vendor_webhook_events (
    id                  TEXT PRIMARY KEY,
    vendor_org_id       TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    event_type          TEXT NOT NULL,
    app_id              TEXT NOT NULL,
    firm_org_id         TEXT NOT NULL,
    body                TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     TEXT NOT NULL,
    claim_until         TEXT NULL,
    delivered_at        TEXT NULL,
    failed_at           TEXT NULL,
    last_error          TEXT NULL
);
CREATE INDEX ix_vendor_webhook_events_due ON vendor_webhook_events (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
CREATE INDEX ix_vendor_webhook_events_vendor ON vendor_webhook_events (vendor_org_id, created_at);

-- Every delivery attempt, for the vendor to see what their endpoint answered.
CREATE TABLE vendor_webhook_attempts (
    event_id            TEXT NOT NULL REFERENCES vendor_webhook_events (id) ON DELETE CASCADE,
    attempt             INTEGER NOT NULL,
    attempted_at        TEXT NOT NULL,
    status_code         INTEGER NULL,
    error               TEXT NULL,
    PRIMARY KEY (event_id, attempt)
);

-- Catalogue search over 10,000 apps: a trigram full-text index of the searchable texts (FTS5), kept in step with
-- marketplace_apps by triggers and keyed by its rowid. Words of three or more characters are found through it;
-- shorter ones still scan the table (docs/benchmarks/marketplace.md).
CREATE VIRTUAL TABLE marketplace_apps_search USING fts5 (text, tokenize = 'trigram');
INSERT INTO marketplace_apps_search (rowid, text)
SELECT rowid, name_en || char(10) || name_zh || char(10) || tagline_en || char(10) || tagline_zh || char(10) ||
              description_en || char(10) || description_zh || char(10) || vendor_name
FROM marketplace_apps;
CREATE TRIGGER marketplace_apps_search_insert AFTER INSERT ON marketplace_apps BEGIN
    INSERT INTO marketplace_apps_search (rowid, text)
    VALUES (new.rowid, new.name_en || char(10) || new.name_zh || char(10) || new.tagline_en || char(10) || new.tagline_zh || char(10) ||
                       new.description_en || char(10) || new.description_zh || char(10) || new.vendor_name);
END;
CREATE TRIGGER marketplace_apps_search_update AFTER UPDATE OF name_en, name_zh, tagline_en, tagline_zh, description_en, description_zh, vendor_name
ON marketplace_apps BEGIN
    DELETE FROM marketplace_apps_search WHERE rowid = old.rowid;
    INSERT INTO marketplace_apps_search (rowid, text)
    VALUES (new.rowid, new.name_en || char(10) || new.name_zh || char(10) || new.tagline_en || char(10) || new.tagline_zh || char(10) ||
                       new.description_en || char(10) || new.description_zh || char(10) || new.vendor_name);
END;
CREATE TRIGGER marketplace_apps_search_delete AFTER DELETE ON marketplace_apps BEGIN
    DELETE FROM marketplace_apps_search WHERE rowid = old.rowid;
END;
