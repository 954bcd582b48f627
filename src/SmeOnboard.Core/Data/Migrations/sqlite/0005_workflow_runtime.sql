-- What the workflow runtime adds: webhook secrets (hashed), in-app notifications, and outbox messages given up on.

-- One secret per workflow definition; only its SHA-256 is kept, so a leaked database does not open the hooks.
CREATE TABLE workflow_webhook_secrets (
    org_id          TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    definition_id   TEXT NOT NULL,
    secret_hash     TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    PRIMARY KEY (org_id, definition_id)
);
CREATE INDEX ix_workflow_webhook_secrets_definition ON workflow_webhook_secrets (definition_id);

-- In-app notifications written by the outbox; the idempotency key and user make a repeated dispatch write nothing.
CREATE TABLE notifications (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id          TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    idempotency_key TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    read_at         TEXT NULL,
    UNIQUE (idempotency_key, user_id)
);
CREATE INDEX ix_notifications_user ON notifications (org_id, user_id, created_at);

-- A message that failed every attempt is closed (done_at) with the reason, so nobody mistakes it for carried out.
ALTER TABLE workflow_outbox ADD COLUMN failed_at TEXT NULL;
ALTER TABLE workflow_outbox ADD COLUMN last_error TEXT NULL;
