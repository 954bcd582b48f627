-- What the workflow runtime adds: webhook secrets (hashed), in-app notifications, and outbox messages given up on.

-- One secret per workflow definition; only its SHA-256 is kept, so a leaked database does not open the hooks.
CREATE TABLE workflow_webhook_secrets (
    org_id          uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    definition_id   text NOT NULL,
    secret_hash     text NOT NULL,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (org_id, definition_id)
);
CREATE INDEX ix_workflow_webhook_secrets_definition ON workflow_webhook_secrets (definition_id);

-- In-app notifications written by the outbox; the idempotency key and user make a repeated dispatch write nothing.
CREATE TABLE notifications (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id          uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    idempotency_key text NOT NULL,
    subject         text NOT NULL,
    body            text NOT NULL,
    created_at      timestamptz NOT NULL,
    read_at         timestamptz NULL,
    UNIQUE (idempotency_key, user_id)
);
CREATE INDEX ix_notifications_user ON notifications (org_id, user_id, created_at);

-- A message that failed every attempt is closed (done_at) with the reason, so nobody mistakes it for carried out.
ALTER TABLE workflow_outbox ADD COLUMN failed_at timestamptz NULL;
ALTER TABLE workflow_outbox ADD COLUMN last_error text NULL;
