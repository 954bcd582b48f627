-- Append-only audit log and the data-protection key ring shared by every node.
CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at     TEXT NOT NULL,
    actor_user_id   TEXT NULL,
    actor_name      TEXT NOT NULL,
    org_id          TEXT NULL,
    action          TEXT NOT NULL,
    entity_type     TEXT NOT NULL,
    entity_id       TEXT NULL,
    summary         TEXT NOT NULL
);
CREATE INDEX ix_audit_log_org_time ON audit_log (org_id, occurred_at);

CREATE TRIGGER audit_log_refuses_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_refuses_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE data_protection_keys (
    friendly_name   TEXT PRIMARY KEY,
    xml             TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
