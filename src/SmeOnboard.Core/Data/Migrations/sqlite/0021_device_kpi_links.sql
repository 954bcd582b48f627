-- Machine data into KPI tables: a firm links one of its installed tables to one of its devices with an explicit signal
-- mapping; the rows the device produces are kept in workspace_rows with source 'device'. state holds where the
-- projection stands (last reading applied, counters, open stop), so a re-delivered or older reading changes nothing.
CREATE TABLE workspace_rows_next (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id          TEXT NOT NULL,
    installation_id TEXT NOT NULL REFERENCES workspace_installations (id) ON DELETE CASCADE,
    table_id        TEXT NOT NULL,
    source          TEXT NOT NULL CHECK (source IN ('sample', 'entered', 'device')),
    data            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    entry_key       TEXT
);
INSERT INTO workspace_rows_next (id, org_id, installation_id, table_id, source, data, created_at, entry_key)
    SELECT id, org_id, installation_id, table_id, source, data, created_at, entry_key FROM workspace_rows;
DROP TABLE workspace_rows;
ALTER TABLE workspace_rows_next RENAME TO workspace_rows;
CREATE INDEX ix_workspace_rows_table ON workspace_rows (installation_id, table_id, id);
-- 0019's key of a row entered through a task form, so a repeated outbox delivery adds no second row.
CREATE UNIQUE INDEX ux_workspace_rows_entry_key ON workspace_rows (org_id, entry_key);

CREATE TABLE device_kpi_links (
    id              TEXT PRIMARY KEY,
    org_id          TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    installation_id TEXT NOT NULL REFERENCES workspace_installations (id) ON DELETE CASCADE,
    table_id        TEXT NOT NULL,
    device_id       TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('Counts', 'Downtime')),
    mapping         TEXT NOT NULL,
    state           TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    UNIQUE (installation_id, table_id)
);
CREATE INDEX ix_device_kpi_links_device ON device_kpi_links (org_id, device_id);

-- Which workspace row a link wrote for a bucket ('2026-11-25/early') or a stop (its start), so updates replace it.
CREATE TABLE device_kpi_rows (
    link_id     TEXT NOT NULL REFERENCES device_kpi_links (id) ON DELETE CASCADE,
    row_key     TEXT NOT NULL,
    row_id      INTEGER NOT NULL REFERENCES workspace_rows (id) ON DELETE CASCADE,
    PRIMARY KEY (link_id, row_key)
);
