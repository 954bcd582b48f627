-- Files and signatures people attach to workspace forms. The submitted value keeps only a reference
-- ({fileId, name, contentType, size}); the bytes live here, readable only by members of the same firm.
-- content_type is read from the file's own bytes when it is stored, never taken from the browser.
CREATE TABLE workspace_form_files (
    id              TEXT PRIMARY KEY,
    org_id          TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    form_key        TEXT NOT NULL,
    field           TEXT NOT NULL,
    file_name       TEXT NOT NULL,
    content_type    TEXT NOT NULL,
    content         BLOB NOT NULL,
    size_bytes      INTEGER NOT NULL CHECK (size_bytes > 0),
    created_at      TEXT NOT NULL,
    created_by      TEXT
);
CREATE INDEX ix_workspace_form_files_org ON workspace_form_files (org_id, form_key);
