-- Workflow definitions, instances and everything a burst writes with them, each row under its organisation.
-- Definitions: one row per version; at most one latest (the draft or the newest) and one published per definition.
CREATE TABLE workflow_definitions (
    org_id          uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    definition_id   text NOT NULL,
    version         integer NOT NULL,
    name            text NOT NULL,
    is_published    boolean NOT NULL,
    is_latest       boolean NOT NULL,
    document        jsonb NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (org_id, definition_id, version)
);
CREATE UNIQUE INDEX ux_workflow_definitions_latest ON workflow_definitions (org_id, definition_id) WHERE is_latest;
CREATE UNIQUE INDEX ux_workflow_definitions_published ON workflow_definitions (org_id, definition_id) WHERE is_published;

-- The state column holds the whole instance as the runner needs it; the other columns are what queries filter on.
CREATE TABLE workflow_instances (
    id                  text PRIMARY KEY,
    org_id              uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    definition_id       text NOT NULL,
    definition_version  integer NOT NULL,
    status              text NOT NULL CHECK (status IN ('Running', 'Suspended', 'Finished', 'Faulted', 'Cancelled')),
    revision            integer NOT NULL,
    state               jsonb NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    finished_at         timestamptz NULL
);
CREATE INDEX ix_workflow_instances_org_definition ON workflow_instances (org_id, definition_id, definition_version);
CREATE INDEX ix_workflow_instances_org_status ON workflow_instances (org_id, status);

CREATE TABLE workflow_journal (
    instance_id     text NOT NULL REFERENCES workflow_instances (id) ON DELETE CASCADE,
    sequence        bigint NOT NULL,
    org_id          uuid NOT NULL,
    occurred_at     timestamptz NOT NULL,
    kind            text NOT NULL,
    activity_id     text NULL,
    activity_type   text NULL,
    message         text NULL,
    outcomes        jsonb NOT NULL,
    PRIMARY KEY (instance_id, sequence)
);

-- Open bookmarks only: a burst deletes the ones it resumes. Timers have due_at; a worker's claim holds one until claim_until.
CREATE TABLE workflow_bookmarks (
    id              text PRIMARY KEY,
    instance_id     text NOT NULL REFERENCES workflow_instances (id) ON DELETE CASCADE,
    org_id          uuid NOT NULL,
    activity_id     text NOT NULL,
    kind            text NOT NULL,
    stimulus_key    text NOT NULL,
    stimulus_hash   text NOT NULL,
    payload         jsonb NULL,
    due_at          timestamptz NULL,
    created_at      timestamptz NOT NULL,
    claim_token     uuid NULL,
    claim_until     timestamptz NULL
);
CREATE INDEX ix_workflow_bookmarks_stimulus ON workflow_bookmarks (org_id, stimulus_hash);
CREATE INDEX ix_workflow_bookmarks_instance ON workflow_bookmarks (instance_id);
CREATE INDEX ix_workflow_bookmarks_due ON workflow_bookmarks (due_at) WHERE due_at IS NOT NULL;

-- Side effects to carry out after their burst committed; the idempotency key keeps each effect to one row.
CREATE TABLE workflow_outbox (
    idempotency_key text PRIMARY KEY,
    instance_id     text NOT NULL REFERENCES workflow_instances (id) ON DELETE CASCADE,
    org_id          uuid NOT NULL,
    activity_id     text NOT NULL,
    kind            text NOT NULL,
    payload         jsonb NOT NULL,
    created_at      timestamptz NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    claim_token     uuid NULL,
    claim_until     timestamptz NULL,
    done_at         timestamptz NULL
);
CREATE INDEX ix_workflow_outbox_pending ON workflow_outbox (created_at) WHERE done_at IS NULL;
CREATE INDEX ix_workflow_outbox_instance ON workflow_outbox (instance_id);
