-- The task inbox: who claimed an open task (cleared when the task's bookmark goes), the tasks people completed with
-- what they submitted, and the versions of the workspace forms firm admins edit.
ALTER TABLE workflow_bookmarks ADD COLUMN claimed_by uuid NULL;
ALTER TABLE workflow_bookmarks ADD COLUMN claimed_by_name text NULL;
ALTER TABLE workflow_bookmarks ADD COLUMN claimed_at timestamptz NULL;

CREATE TABLE workflow_task_history (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id              uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    bookmark_id         text NOT NULL UNIQUE,
    instance_id         text NOT NULL,
    definition_id       text NOT NULL,
    activity_id         text NOT NULL,
    kind                text NOT NULL,
    title               text NOT NULL,
    assignee_role       text NULL,
    assignee_user       text NULL,
    completed_by        uuid NOT NULL,
    completed_by_name   text NOT NULL,
    completed_at        timestamptz NOT NULL,
    submitted           jsonb NOT NULL
);
CREATE INDEX ix_workflow_task_history_org ON workflow_task_history (org_id, completed_at);

-- Every saved version of a workspace form; workspace_forms keeps the current one and its version number.
ALTER TABLE workspace_forms ADD COLUMN version integer NOT NULL DEFAULT 1;
CREATE TABLE workspace_form_versions (
    org_id          uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    form_key        text NOT NULL,
    version         integer NOT NULL,
    document        jsonb NOT NULL,
    saved_by        text NOT NULL,
    saved_at        timestamptz NOT NULL,
    PRIMARY KEY (org_id, form_key, version)
);
