-- Start triggers of published definitions (a DeviceSignal or Webhook activity nothing points to, with a literal
-- topic or path), so a device signal or webhook call finds the workflows it starts by an index, not by reading every
-- document. Rows exist for the published version only; publishing replaces them in the same transaction.
CREATE TABLE workflow_triggers (
    org_id          uuid NOT NULL,
    definition_id   text NOT NULL,
    version         integer NOT NULL,
    activity_id     text NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('DeviceSignal', 'Webhook')),
    trigger_key     text NOT NULL,
    PRIMARY KEY (org_id, definition_id, activity_id),
    FOREIGN KEY (org_id, definition_id, version) REFERENCES workflow_definitions (org_id, definition_id, version) ON DELETE CASCADE
);
CREATE INDEX ix_workflow_triggers_lookup ON workflow_triggers (org_id, kind, trigger_key);

-- Definitions published before this migration: the same rule as WorkflowTrigger.Of, over the stored documents.
INSERT INTO workflow_triggers (org_id, definition_id, version, activity_id, kind, trigger_key)
SELECT d.org_id, d.definition_id, d.version, a ->> 'id', a ->> 'type',
       a -> 'inputs' -> (CASE a ->> 'type' WHEN 'DeviceSignal' THEN 'topic' ELSE 'path' END) -> 'expression' ->> 'value'
FROM workflow_definitions d
CROSS JOIN LATERAL jsonb_array_elements(d.document -> 'root' -> 'activities') a
WHERE d.is_published
  AND a ->> 'type' IN ('DeviceSignal', 'Webhook')
  AND a -> 'inputs' -> (CASE a ->> 'type' WHEN 'DeviceSignal' THEN 'topic' ELSE 'path' END) -> 'expression' ->> 'type' = 'Literal'
  AND jsonb_typeof(a -> 'inputs' -> (CASE a ->> 'type' WHEN 'DeviceSignal' THEN 'topic' ELSE 'path' END) -> 'expression' -> 'value') = 'string'
  AND a -> 'inputs' -> (CASE a ->> 'type' WHEN 'DeviceSignal' THEN 'topic' ELSE 'path' END) -> 'expression' ->> 'value' <> ''
  AND NOT EXISTS (
      SELECT 1 FROM jsonb_array_elements(COALESCE(d.document -> 'root' -> 'connections', '[]'::jsonb)) c
      WHERE c -> 'target' ->> 'activity' = a ->> 'id');
