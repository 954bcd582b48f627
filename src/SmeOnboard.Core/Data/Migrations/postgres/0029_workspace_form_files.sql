-- Files and signatures people attach to workspace forms. The submitted value keeps only a reference
-- ({fileId, name, contentType, size}); the bytes live here, readable only by members of the same firm.
-- content_type is read from the file's own bytes when it is stored, never taken from the browser.
CREATE TABLE workspace_form_files (
    id              uuid PRIMARY KEY,
    org_id          uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    form_key        text NOT NULL,
    field           text NOT NULL,
    file_name       text NOT NULL,
    content_type    text NOT NULL,
    content         bytea NOT NULL,
    size_bytes      bigint NOT NULL CHECK (size_bytes > 0),
    created_at      timestamptz NOT NULL,
    created_by      uuid
);
CREATE INDEX ix_workspace_form_files_org ON workspace_form_files (org_id, form_key);
