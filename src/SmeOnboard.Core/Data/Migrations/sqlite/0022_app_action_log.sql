-- App action calls (issue 7): the data-access log also records refusals for an app the firm never installed (no
-- install, so install_id is null and app_id names the app), and each call or refusal once per activity execution
-- (execution_key, the execution's idempotency key), so a burst recomputed after a conflict does not log it twice.
-- SQLite cannot drop NOT NULL from a column, so the table is rebuilt; nothing references it.
CREATE TABLE marketplace_data_access_log_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id          TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    install_id      TEXT NULL REFERENCES marketplace_installs (id) ON DELETE CASCADE,
    app_id          TEXT NOT NULL,
    occurred_at     TEXT NOT NULL,
    scope           TEXT NULL,
    action          TEXT NOT NULL,
    summary         TEXT NOT NULL,
    execution_key   TEXT NULL
);
INSERT INTO marketplace_data_access_log_new (id, org_id, install_id, app_id, occurred_at, scope, action, summary)
SELECT id, org_id, install_id, app_id, occurred_at, scope, action, summary FROM marketplace_data_access_log;
DROP TABLE marketplace_data_access_log;
ALTER TABLE marketplace_data_access_log_new RENAME TO marketplace_data_access_log;
CREATE INDEX ix_marketplace_data_access_log_install ON marketplace_data_access_log (org_id, install_id, occurred_at);
CREATE INDEX ix_marketplace_data_access_log_app ON marketplace_data_access_log (org_id, app_id, occurred_at);
CREATE UNIQUE INDEX ux_marketplace_data_access_log_execution ON marketplace_data_access_log (execution_key);
