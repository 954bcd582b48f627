-- Append-only audit log and the data-protection key ring shared by every node.
CREATE TABLE audit_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at     timestamptz NOT NULL,
    actor_user_id   uuid NULL,
    actor_name      text NOT NULL,
    org_id          uuid NULL,
    action          text NOT NULL,
    entity_type     text NOT NULL,
    entity_id       text NULL,
    summary         text NOT NULL
);
CREATE INDEX ix_audit_log_org_time ON audit_log (org_id, occurred_at);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;

CREATE TRIGGER audit_log_refuses_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE TABLE data_protection_keys (
    friendly_name   text PRIMARY KEY,
    xml             text NOT NULL,
    created_at      timestamptz NOT NULL
);
