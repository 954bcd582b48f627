-- Schedule start triggers: kind 'Timer', keyed by the cron expression, with the time zone it is read in and the
-- instant the schedule has fired through (the last occurrence started, or the publish time before the first). The
-- schedule worker starts the latest occurrence after fired_through and moves it on with a conditional update.
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt.
CREATE TABLE workflow_triggers_new (
    org_id          TEXT NOT NULL,
    definition_id   TEXT NOT NULL,
    version         INTEGER NOT NULL,
    activity_id     TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('DeviceSignal', 'Webhook', 'Timer')),
    trigger_key     TEXT NOT NULL,
    time_zone       TEXT NULL,
    fired_through   TEXT NULL,
    PRIMARY KEY (org_id, definition_id, activity_id),
    FOREIGN KEY (org_id, definition_id, version) REFERENCES workflow_definitions (org_id, definition_id, version) ON DELETE CASCADE,
    CHECK ((kind = 'Timer') = (time_zone IS NOT NULL AND fired_through IS NOT NULL))
);
INSERT INTO workflow_triggers_new (org_id, definition_id, version, activity_id, kind, trigger_key)
SELECT org_id, definition_id, version, activity_id, kind, trigger_key FROM workflow_triggers;
DROP TABLE workflow_triggers;
ALTER TABLE workflow_triggers_new RENAME TO workflow_triggers;
CREATE INDEX ix_workflow_triggers_lookup ON workflow_triggers (org_id, kind, trigger_key);
CREATE INDEX ix_workflow_triggers_kind ON workflow_triggers (kind);

-- Schedules published before this migration, by the same rule as WorkflowTrigger.Of; they count from the time they
-- were published (updated_at is set by publishing and nothing else changes a published version).
INSERT INTO workflow_triggers (org_id, definition_id, version, activity_id, kind, trigger_key, time_zone, fired_through)
SELECT d.org_id, d.definition_id, d.version, json_extract(a.value, '$.id'), 'Timer',
       json_extract(a.value, '$.inputs.cron.expression.value'), 'UTC', d.updated_at
FROM workflow_definitions d, json_each(d.document, '$.root.activities') a
WHERE d.is_published
  AND json_extract(a.value, '$.type') = 'Schedule'
  AND json_extract(a.value, '$.inputs.cron.expression.type') = 'Literal'
  AND json_type(a.value, '$.inputs.cron.expression.value') = 'text'
  AND json_extract(a.value, '$.inputs.cron.expression.value') <> ''
  AND NOT EXISTS (
      SELECT 1 FROM json_each(d.document, '$.root.connections') c
      WHERE json_extract(c.value, '$.target.activity') = json_extract(a.value, '$.id'));
