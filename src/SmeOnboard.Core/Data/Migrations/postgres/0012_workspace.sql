-- A firm's workspace: the templates it installed (with the manifest of the installed version), the workflows and forms
-- each installation created, and the rows of its tables. Rows keep their values as JSON typed by the manifest's columns;
-- source says whether a row came with the template ('sample') or was entered by the firm ('entered').
CREATE TABLE workspace_installations (
    id              uuid PRIMARY KEY,
    org_id          uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    slug            text NOT NULL,
    version         text NOT NULL,
    copy_number     integer NOT NULL CHECK (copy_number >= 1),
    prefix          text NOT NULL,
    manifest        jsonb NOT NULL,
    installed_at    timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    UNIQUE (org_id, slug, copy_number),
    UNIQUE (org_id, prefix)
);

-- installed_version is the definition version the installation published; a later version is the firm's own edit.
CREATE TABLE workspace_workflows (
    installation_id         uuid NOT NULL REFERENCES workspace_installations (id) ON DELETE CASCADE,
    org_id                  uuid NOT NULL,
    template_definition_id  text NOT NULL,
    definition_id           text NOT NULL,
    installed_version       integer NOT NULL,
    PRIMARY KEY (installation_id, template_definition_id),
    UNIQUE (org_id, definition_id)
);

CREATE TABLE workspace_forms (
    org_id          uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    form_key        text NOT NULL,
    installation_id uuid NOT NULL REFERENCES workspace_installations (id) ON DELETE CASCADE,
    form_id         text NOT NULL,
    document        jsonb NOT NULL,
    PRIMARY KEY (org_id, form_key)
);
CREATE INDEX ix_workspace_forms_installation ON workspace_forms (installation_id);

CREATE TABLE workspace_rows (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id          uuid NOT NULL,
    installation_id uuid NOT NULL REFERENCES workspace_installations (id) ON DELETE CASCADE,
    table_id        text NOT NULL,
    source          text NOT NULL CHECK (source IN ('sample', 'entered')),
    data            jsonb NOT NULL,
    created_at      timestamptz NOT NULL
);
CREATE INDEX ix_workspace_rows_table ON workspace_rows (installation_id, table_id, id);
