-- Version history: when and by whom each version was published. Every version that is not the latest was published
-- once (a new version is only made after the latest is published), so those and the published one take their last
-- change as the publication time; who published them before this migration is unknown.
ALTER TABLE workflow_definitions ADD COLUMN published_at TEXT NULL;
ALTER TABLE workflow_definitions ADD COLUMN published_by TEXT NULL;
UPDATE workflow_definitions SET published_at = updated_at WHERE is_published OR NOT is_latest;

-- Test runs from the designer: instances of a draft, labelled as tests and left out of production counts.
CREATE TABLE workflow_test_runs (
    instance_id     TEXT PRIMARY KEY REFERENCES workflow_instances (id) ON DELETE CASCADE,
    org_id          TEXT NOT NULL,
    started_by      TEXT NULL,
    started_at      TEXT NOT NULL
);
CREATE INDEX ix_workflow_test_runs_org ON workflow_test_runs (org_id);
