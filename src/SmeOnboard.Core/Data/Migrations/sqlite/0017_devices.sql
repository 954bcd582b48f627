-- Machines that send data (issue 9): the registry with each device's hashed secret and its message counters, the
-- readings it sent (kept for Devices:RetentionDays) and per-minute and per-hour aggregates for charts.
CREATE TABLE devices (
    id                  TEXT PRIMARY KEY,
    org_id              TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name                TEXT NOT NULL,
    machine_type        TEXT NOT NULL,
    location            TEXT NOT NULL,
    signals             TEXT NOT NULL,
    secret_hash         TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    secret_issued_at    TEXT NOT NULL,
    last_seen_at        TEXT NULL,
    last_message        TEXT NULL,
    accepted_count      INTEGER NOT NULL DEFAULT 0,
    rejected_count      INTEGER NOT NULL DEFAULT 0,
    last_rejections     TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX ix_devices_org ON devices (org_id, name);

CREATE TABLE device_readings (
    id              INTEGER PRIMARY KEY,
    org_id          TEXT NOT NULL,
    device_id       TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    signal          TEXT NOT NULL,
    recorded_at     TEXT NOT NULL,
    number_value    REAL NULL,
    text_value      TEXT NULL
);
CREATE INDEX ix_device_readings_series ON device_readings (org_id, device_id, signal, recorded_at);
CREATE INDEX ix_device_readings_age ON device_readings (recorded_at);

CREATE TABLE device_aggregates (
    org_id          TEXT NOT NULL,
    device_id       TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    signal          TEXT NOT NULL,
    resolution      TEXT NOT NULL CHECK (resolution IN ('Minute', 'Hour')),
    bucket_start    TEXT NOT NULL,
    sample_count    INTEGER NOT NULL,
    value_sum       REAL NULL,
    value_min       REAL NULL,
    value_max       REAL NULL,
    last_text       TEXT NULL,
    PRIMARY KEY (org_id, device_id, signal, resolution, bucket_start)
);
CREATE INDEX ix_device_aggregates_age ON device_aggregates (resolution, bucket_start);
