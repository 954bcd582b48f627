-- Start triggers of published definitions (a DeviceSignal or Webhook activity nothing points to, with a literal
-- topic or path), so a device signal or webhook call finds the workflows it starts by an index, not by reading every
-- document. Rows exist for the published version only; publishing replaces them in the same transaction.
CREATE TABLE workflow_triggers (
    org_id          TEXT NOT NULL,
    definition_id   TEXT NOT NULL,
    version         INTEGER NOT NULL,
    activity_id     TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('DeviceSignal', 'Webhook')),
    trigger_key     TEXT NOT NULL,
    PRIMARY KEY (org_id, definition_id, activity_id),
    FOREIGN KEY (org_id, definition_id, version) REFERENCES workflow_definitions (org_id, definition_id, version) ON DELETE CASCADE
);
CREATE INDEX ix_workflow_triggers_lookup ON workflow_triggers (org_id, kind, trigger_key);

-- Definitions published before this migration: the same rule as WorkflowTrigger.Of, over the stored documents.
INSERT INTO workflow_triggers (org_id, definition_id, version, activity_id, kind, trigger_key)
SELECT d.org_id, d.definition_id, d.version, json_extract(a.value, '$.id'), json_extract(a.value, '$.type'),
       json_extract(a.value, CASE json_extract(a.value, '$.type') WHEN 'DeviceSignal' THEN '$.inputs.topic.expression.value' ELSE '$.inputs.path.expression.value' END)
FROM workflow_definitions d, json_each(d.document, '$.root.activities') a
WHERE d.is_published
  AND json_extract(a.value, '$.type') IN ('DeviceSignal', 'Webhook')
  AND json_extract(a.value, CASE json_extract(a.value, '$.type') WHEN 'DeviceSignal' THEN '$.inputs.topic.expression.type' ELSE '$.inputs.path.expression.type' END) = 'Literal'
  AND json_type(a.value, CASE json_extract(a.value, '$.type') WHEN 'DeviceSignal' THEN '$.inputs.topic.expression.value' ELSE '$.inputs.path.expression.value' END) = 'text'
  AND json_extract(a.value, CASE json_extract(a.value, '$.type') WHEN 'DeviceSignal' THEN '$.inputs.topic.expression.value' ELSE '$.inputs.path.expression.value' END) <> ''
  AND NOT EXISTS (
      SELECT 1 FROM json_each(d.document, '$.root.connections') c
      WHERE json_extract(c.value, '$.target.activity') = json_extract(a.value, '$.id'));
