-- Schedule start triggers: kind 'Timer', keyed by the cron expression, with the time zone it is read in and the
-- instant the schedule has fired through (the last occurrence started, or the publish time before the first). The
-- schedule worker starts the latest occurrence after fired_through and moves it on with a conditional update.
ALTER TABLE workflow_triggers DROP CONSTRAINT workflow_triggers_kind_check;
ALTER TABLE workflow_triggers ADD CONSTRAINT workflow_triggers_kind_check CHECK (kind IN ('DeviceSignal', 'Webhook', 'Timer'));
ALTER TABLE workflow_triggers ADD COLUMN time_zone text NULL;
ALTER TABLE workflow_triggers ADD COLUMN fired_through timestamptz NULL;
ALTER TABLE workflow_triggers ADD CONSTRAINT workflow_triggers_schedule_check
    CHECK ((kind = 'Timer') = (time_zone IS NOT NULL AND fired_through IS NOT NULL));
CREATE INDEX ix_workflow_triggers_kind ON workflow_triggers (kind);

-- Schedules published before this migration, by the same rule as WorkflowTrigger.Of; they count from the time they
-- were published (updated_at is set by publishing and nothing else changes a published version).
INSERT INTO workflow_triggers (org_id, definition_id, version, activity_id, kind, trigger_key, time_zone, fired_through)
SELECT d.org_id, d.definition_id, d.version, a ->> 'id', 'Timer', a -> 'inputs' -> 'cron' -> 'expression' ->> 'value', 'UTC', d.updated_at
FROM workflow_definitions d
CROSS JOIN LATERAL jsonb_array_elements(d.document -> 'root' -> 'activities') a
WHERE d.is_published
  AND a ->> 'type' = 'Schedule'
  AND a -> 'inputs' -> 'cron' -> 'expression' ->> 'type' = 'Literal'
  AND jsonb_typeof(a -> 'inputs' -> 'cron' -> 'expression' -> 'value') = 'string'
  AND a -> 'inputs' -> 'cron' -> 'expression' ->> 'value' <> ''
  AND NOT EXISTS (
      SELECT 1 FROM jsonb_array_elements(COALESCE(d.document -> 'root' -> 'connections', '[]'::jsonb)) c
      WHERE c -> 'target' ->> 'activity' = a ->> 'id');
