-- Machine data into KPI tables: a firm links one of its installed tables to one of its devices with an explicit signal
-- mapping; the rows the device produces are kept in workspace_rows with source 'device'. state holds where the
-- projection stands (last reading applied, counters, open stop), so a re-delivered or older reading changes nothing.
ALTER TABLE workspace_rows DROP CONSTRAINT workspace_rows_source_check;
ALTER TABLE workspace_rows ADD CONSTRAINT workspace_rows_source_check CHECK (source IN ('sample', 'entered', 'device'));

CREATE TABLE device_kpi_links (
    id              uuid PRIMARY KEY,
    org_id          uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    installation_id uuid NOT NULL REFERENCES workspace_installations (id) ON DELETE CASCADE,
    table_id        text NOT NULL,
    device_id       text NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    kind            text NOT NULL CHECK (kind IN ('Counts', 'Downtime')),
    mapping         jsonb NOT NULL,
    state           jsonb NOT NULL,
    created_at      timestamptz NOT NULL,
    UNIQUE (installation_id, table_id)
);
CREATE INDEX ix_device_kpi_links_device ON device_kpi_links (org_id, device_id);

-- Which workspace row a link wrote for a bucket ('2026-11-25/early') or a stop (its start), so updates replace it.
CREATE TABLE device_kpi_rows (
    link_id     uuid NOT NULL REFERENCES device_kpi_links (id) ON DELETE CASCADE,
    row_key     text NOT NULL,
    row_id      bigint NOT NULL REFERENCES workspace_rows (id) ON DELETE CASCADE,
    PRIMARY KEY (link_id, row_key)
);
