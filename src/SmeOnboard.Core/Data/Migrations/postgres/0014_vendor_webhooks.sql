-- Install and uninstall webhooks to vendors. The signing secret is kept encrypted with Data Protection (the portal must
-- sign with it, so a hash would not do); it is shown to the vendor once, when made.
CREATE TABLE vendor_webhooks (
    vendor_org_id       uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    url                 text NOT NULL,
    secret_protected    text NOT NULL,
    secret_created_at   timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    updated_by          uuid NULL
);

-- The marketplace's own outbox: an event is written in the same transaction as the install change it reports, then
-- delivered (signed) by the webhook dispatcher, retried with doubling waits until delivered or given up.
CREATE TABLE vendor_webhook_events (
    id                  uuid PRIMARY KEY,
    vendor_org_id       uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    event_type          text NOT NULL,
    app_id              text NOT NULL,
    firm_org_id         uuid NOT NULL,
    body                text NOT NULL,
    created_at          timestamptz NOT NULL,
    attempts            integer NOT NULL DEFAULT 0,
    next_attempt_at     timestamptz NOT NULL,
    claim_until         timestamptz NULL,
    delivered_at        timestamptz NULL,
    failed_at           timestamptz NULL,
    last_error          text NULL
);
CREATE INDEX ix_vendor_webhook_events_due ON vendor_webhook_events (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
CREATE INDEX ix_vendor_webhook_events_vendor ON vendor_webhook_events (vendor_org_id, created_at);

-- Every delivery attempt, for the vendor to see what their endpoint answered.
CREATE TABLE vendor_webhook_attempts (
    event_id            uuid NOT NULL REFERENCES vendor_webhook_events (id) ON DELETE CASCADE,
    attempt             integer NOT NULL,
    attempted_at        timestamptz NOT NULL,
    status_code         integer NULL,
    error               text NULL,
    PRIMARY KEY (event_id, attempt)
);

-- Catalogue search over 10,000 apps: a trigram index (pg_trgm, shipped with PostgreSQL's contrib modules) over the
-- searchable texts joined by newlines, which CatalogueStore.Search matches with ILIKE. Words of three or more
-- characters are found through it; shorter ones scan (docs/benchmarks/marketplace.md). The texts are joined by a
-- PL/pgSQL function (never inlined) declared costly: the planner then weighs a scan that joins and matches every row
-- at what it really costs, instead of preferring it to the index as it does for a bare || expression.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE FUNCTION marketplace_app_search_text(
    name_en text, name_zh text, tagline_en text, tagline_zh text, description_en text, description_zh text, vendor_name text)
RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 1000 AS $$
BEGIN
    RETURN name_en || E'\n' || name_zh || E'\n' || tagline_en || E'\n' || tagline_zh || E'\n' ||
           description_en || E'\n' || description_zh || E'\n' || vendor_name;
END
$$;
CREATE INDEX ix_marketplace_apps_search ON marketplace_apps USING gin (
    marketplace_app_search_text(name_en, name_zh, tagline_en, tagline_zh, description_en, description_zh, vendor_name) gin_trgm_ops);
