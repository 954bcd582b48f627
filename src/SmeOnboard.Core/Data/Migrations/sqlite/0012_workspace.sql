-- A firm's workspace: the templates it installed (with the manifest of the installed version), the workflows and forms
-- each installation created, and the rows of its tables. Rows keep their values as JSON typed by the manifest's columns;
-- source says whether a row came with the template ('sample') or was entered by the firm ('entered').
CREATE TABLE workspace_installations (
    id              TEXT PRIMARY KEY,
    org_id          TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    slug            TEXT NOT NULL,
    version         TEXT NOT NULL,
    copy_number     INTEGER NOT NULL CHECK (copy_number >= 1),
    prefix          TEXT NOT NULL,
    manifest        TEXT NOT NULL,
    installed_at    TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (org_id, slug, copy_number),
    UNIQUE (org_id, prefix)
);

-- installed_version is the definition version the installation published; a later version is the firm's own edit.
CREATE TABLE workspace_workflows (
    installation_id         TEXT NOT NULL REFERENCES workspace_installations (id) ON DELETE CASCADE,
    org_id                  TEXT NOT NULL,
    template_definition_id  TEXT NOT NULL,
    definition_id           TEXT NOT NULL,
    installed_version       INTEGER NOT NULL,
    PRIMARY KEY (installation_id, template_definition_id),
    UNIQUE (org_id, definition_id)
);

CREATE TABLE workspace_forms (
    org_id          TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    form_key        TEXT NOT NULL,
    installation_id TEXT NOT NULL REFERENCES workspace_installations (id) ON DELETE CASCADE,
    form_id         TEXT NOT NULL,
    document        TEXT NOT NULL,
    PRIMARY KEY (org_id, form_key)
);
CREATE INDEX ix_workspace_forms_installation ON workspace_forms (installation_id);

CREATE TABLE workspace_rows (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id          TEXT NOT NULL,
    installation_id TEXT NOT NULL REFERENCES workspace_installations (id) ON DELETE CASCADE,
    table_id        TEXT NOT NULL,
    source          TEXT NOT NULL CHECK (source IN ('sample', 'entered')),
    data            TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX ix_workspace_rows_table ON workspace_rows (installation_id, table_id, id);
