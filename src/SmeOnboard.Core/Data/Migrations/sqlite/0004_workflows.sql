-- Workflow definitions, instances and everything a burst writes with them, each row under its organisation.
-- SQLite keeps uuids, timestamps (fixed-width UTC text, so text order is time order) and JSON documents as TEXT.
-- Definitions: one row per version; at most one latest (the draft or the newest) and one published per definition.
CREATE TABLE workflow_definitions (
    org_id          TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    definition_id   TEXT NOT NULL,
    version         INTEGER NOT NULL,
    name            TEXT NOT NULL,
    is_published    INTEGER NOT NULL,
    is_latest       INTEGER NOT NULL,
    document        TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (org_id, definition_id, version)
);
CREATE UNIQUE INDEX ux_workflow_definitions_latest ON workflow_definitions (org_id, definition_id) WHERE is_latest;
CREATE UNIQUE INDEX ux_workflow_definitions_published ON workflow_definitions (org_id, definition_id) WHERE is_published;

-- The state column holds the whole instance as the runner needs it; the other columns are what queries filter on.
CREATE TABLE workflow_instances (
    id                  TEXT PRIMARY KEY,
    org_id              TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    definition_id       TEXT NOT NULL,
    definition_version  INTEGER NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('Running', 'Suspended', 'Finished', 'Faulted', 'Cancelled')),
    revision            INTEGER NOT NULL,
    state               TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    finished_at         TEXT NULL
);
CREATE INDEX ix_workflow_instances_org_definition ON workflow_instances (org_id, definition_id, definition_version);
CREATE INDEX ix_workflow_instances_org_status ON workflow_instances (org_id, status);

CREATE TABLE workflow_journal (
    instance_id     TEXT NOT NULL REFERENCES workflow_instances (id) ON DELETE CASCADE,
    sequence        INTEGER NOT NULL,
    org_id          TEXT NOT NULL,
    occurred_at     TEXT NOT NULL,
    kind            TEXT NOT NULL,
    activity_id     TEXT NULL,
    activity_type   TEXT NULL,
    message         TEXT NULL,
    outcomes        TEXT NOT NULL,
    PRIMARY KEY (instance_id, sequence)
);

-- Open bookmarks only: a burst deletes the ones it resumes. Timers have due_at; a worker's claim holds one until claim_until.
CREATE TABLE workflow_bookmarks (
    id              TEXT PRIMARY KEY,
    instance_id     TEXT NOT NULL REFERENCES workflow_instances (id) ON DELETE CASCADE,
    org_id          TEXT NOT NULL,
    activity_id     TEXT NOT NULL,
    kind            TEXT NOT NULL,
    stimulus_key    TEXT NOT NULL,
    stimulus_hash   TEXT NOT NULL,
    payload         TEXT NULL,
    due_at          TEXT NULL,
    created_at      TEXT NOT NULL,
    claim_token     TEXT NULL,
    claim_until     TEXT NULL
);
CREATE INDEX ix_workflow_bookmarks_stimulus ON workflow_bookmarks (org_id, stimulus_hash);
CREATE INDEX ix_workflow_bookmarks_instance ON workflow_bookmarks (instance_id);
CREATE INDEX ix_workflow_bookmarks_due ON workflow_bookmarks (due_at) WHERE due_at IS NOT NULL;

-- Side effects to carry out after their burst committed; the idempotency key keeps each effect to one row.
CREATE TABLE workflow_outbox (
    idempotency_key TEXT PRIMARY KEY,
    instance_id     TEXT NOT NULL REFERENCES workflow_instances (id) ON DELETE CASCADE,
    org_id          TEXT NOT NULL,
    activity_id     TEXT NOT NULL,
    kind            TEXT NOT NULL,
    payload         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    claim_token     TEXT NULL,
    claim_until     TEXT NULL,
    done_at         TEXT NULL
);
CREATE INDEX ix_workflow_outbox_pending ON workflow_outbox (created_at) WHERE done_at IS NULL;
CREATE INDEX ix_workflow_outbox_instance ON workflow_outbox (instance_id);
