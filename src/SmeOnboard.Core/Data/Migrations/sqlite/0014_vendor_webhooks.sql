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
