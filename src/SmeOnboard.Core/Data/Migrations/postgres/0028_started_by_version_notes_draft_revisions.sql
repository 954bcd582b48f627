-- Who or what started an instance: a user's id for manual, form and test starts, else 'device', 'webhook' or 'timer'.
-- Instances started before this migration record nothing.
ALTER TABLE workflow_instances ADD COLUMN started_by text NULL;
CREATE INDEX ix_workflow_instances_org_started_by ON workflow_instances (org_id, started_by);

-- The note a publisher writes about a version, shown in its history.
ALTER TABLE workflow_definitions ADD COLUMN version_note text NULL;

-- Counts saves of a draft: a save names the revision it was based on, so a second editor's stale save is refused
-- instead of silently overwriting the first one's.
ALTER TABLE workflow_definitions ADD COLUMN draft_revision integer NOT NULL DEFAULT 0;
