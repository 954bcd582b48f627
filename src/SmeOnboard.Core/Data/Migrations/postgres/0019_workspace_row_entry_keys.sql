-- A row a form submission appends carries the key of that submission (a completed task, a submitted form): the row is
-- written by an outbox effect committed with the task, and a repeated dispatch must not add it twice.
ALTER TABLE workspace_rows ADD COLUMN entry_key text;
CREATE UNIQUE INDEX ux_workspace_rows_entry_key ON workspace_rows (org_id, entry_key);
