-- App action calls (issue 7): the data-access log also records refusals for an app the firm never installed (no
-- install, so install_id is null and app_id names the app), and each call or refusal once per activity execution
-- (execution_key, the execution's idempotency key), so a burst recomputed after a conflict does not log it twice.
ALTER TABLE marketplace_data_access_log ALTER COLUMN install_id DROP NOT NULL;
ALTER TABLE marketplace_data_access_log ADD COLUMN execution_key text NULL;
CREATE INDEX ix_marketplace_data_access_log_app ON marketplace_data_access_log (org_id, app_id, occurred_at);
CREATE UNIQUE INDEX ux_marketplace_data_access_log_execution ON marketplace_data_access_log (execution_key);
