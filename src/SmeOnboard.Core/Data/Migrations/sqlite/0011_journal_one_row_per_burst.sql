-- A burst's journal entries as one row (docs/decisions/journal-one-row-per-burst.md): a burst wrote a row per entry,
-- and those rows, not the work, were what a commit cost. Entries are a JSON array in sequence order.
CREATE TABLE workflow_journal_bursts (
    instance_id     TEXT NOT NULL REFERENCES workflow_instances (id) ON DELETE CASCADE,
    first_sequence  INTEGER NOT NULL,
    last_sequence   INTEGER NOT NULL,
    org_id          TEXT NOT NULL,
    entries         TEXT NOT NULL,
    PRIMARY KEY (instance_id, first_sequence)
);

-- Earlier bursts' boundaries were not recorded, so each instance's existing entries become one row, in order.
INSERT INTO workflow_journal_bursts (instance_id, first_sequence, last_sequence, org_id, entries)
SELECT instance_id, MIN(sequence), MAX(sequence), org_id,
       json_group_array(json_object(
           'sequence', sequence,
           'at', occurred_at,
           'kind', kind,
           'activityId', activity_id,
           'activityType', activity_type,
           'message', message,
           'outcomes', json(outcomes)) ORDER BY sequence)
FROM workflow_journal
GROUP BY instance_id, org_id;

DROP TABLE workflow_journal;

-- Nothing filters instances by status alone, and every burst paid for keeping this index.
DROP INDEX ix_workflow_instances_org_status;
