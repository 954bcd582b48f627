-- The task inbox: who claimed an open task (cleared when the task's bookmark goes), the tasks people completed with
-- what they submitted, and the versions of the workspace forms firm admins edit.
ALTER TABLE workflow_bookmarks ADD COLUMN claimed_by TEXT NULL;
ALTER TABLE workflow_bookmarks ADD COLUMN claimed_by_name TEXT NULL;
ALTER TABLE workflow_bookmarks ADD COLUMN claimed_at TEXT NULL;

CREATE TABLE workflow_task_history (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id              TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    bookmark_id         TEXT NOT NULL UNIQUE,
    instance_id         TEXT NOT NULL,
    definition_id       TEXT NOT NULL,
    activity_id         TEXT NOT NULL,
    kind                TEXT NOT NULL,
    title               TEXT NOT NULL,
    assignee_role       TEXT NULL,
    assignee_user       TEXT NULL,
    completed_by        TEXT NOT NULL,
    completed_by_name   TEXT NOT NULL,
    completed_at        TEXT NOT NULL,
    submitted           TEXT NOT NULL
);
CREATE INDEX ix_workflow_task_history_org ON workflow_task_history (org_id, completed_at);

-- Every saved version of a workspace form; workspace_forms keeps the current one and its version number.
ALTER TABLE workspace_forms ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE TABLE workspace_form_versions (
    org_id          TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    form_key        TEXT NOT NULL,
    version         INTEGER NOT NULL,
    document        TEXT NOT NULL,
    saved_by        TEXT NOT NULL,
    saved_at        TEXT NOT NULL,
    PRIMARY KEY (org_id, form_key, version)
);
