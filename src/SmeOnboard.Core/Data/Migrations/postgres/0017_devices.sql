-- Machines that send data (issue 9): the registry with each device's hashed secret and its message counters, the
-- readings it sent (kept for Devices:RetentionDays) and per-minute and per-hour aggregates for charts.
CREATE TABLE devices (
    id                  text PRIMARY KEY,
    org_id              uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name                text NOT NULL,
    machine_type        text NOT NULL,
    location            text NOT NULL,
    signals             jsonb NOT NULL,
    secret_hash         text NOT NULL,
    created_at          timestamptz NOT NULL,
    secret_issued_at    timestamptz NOT NULL,
    last_seen_at        timestamptz NULL,
    last_message        text NULL,
    accepted_count      bigint NOT NULL DEFAULT 0,
    rejected_count      bigint NOT NULL DEFAULT 0,
    last_rejections     jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX ix_devices_org ON devices (org_id, name);

CREATE TABLE device_readings (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id          uuid NOT NULL,
    device_id       text NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    signal          text NOT NULL,
    recorded_at     timestamptz NOT NULL,
    number_value    double precision NULL,
    text_value      text NULL
);
CREATE INDEX ix_device_readings_series ON device_readings (org_id, device_id, signal, recorded_at);
CREATE INDEX ix_device_readings_age ON device_readings (recorded_at);

CREATE TABLE device_aggregates (
    org_id          uuid NOT NULL,
    device_id       text NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    signal          text NOT NULL,
    resolution      text NOT NULL CHECK (resolution IN ('Minute', 'Hour')),
    bucket_start    timestamptz NOT NULL,
    sample_count    bigint NOT NULL,
    value_sum       double precision NULL,
    value_min       double precision NULL,
    value_max       double precision NULL,
    last_text       text NULL,
    PRIMARY KEY (org_id, device_id, signal, resolution, bucket_start)
);
CREATE INDEX ix_device_aggregates_age ON device_aggregates (resolution, bucket_start);
