-- A burst's journal entries as one row (docs/decisions/journal-one-row-per-burst.md): a burst wrote a row per entry,
-- and those rows, not the work, were what a commit cost. Entries are a JSON array in sequence order, kept as text:
-- nothing queries inside them, and text is stored as sent where jsonb is parsed and rebuilt on every write.
CREATE TABLE workflow_journal_bursts (
    instance_id     text NOT NULL REFERENCES workflow_instances (id) ON DELETE CASCADE,
    first_sequence  bigint NOT NULL,
    last_sequence   bigint NOT NULL,
    org_id          uuid NOT NULL,
    entries         text NOT NULL,
    PRIMARY KEY (instance_id, first_sequence)
);

-- Earlier bursts' boundaries were not recorded, so each instance's existing entries become one row, in order.
INSERT INTO workflow_journal_bursts (instance_id, first_sequence, last_sequence, org_id, entries)
SELECT instance_id, MIN(sequence), MAX(sequence), org_id,
       jsonb_agg(jsonb_build_object(
           'sequence', sequence,
           'at', to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'kind', kind,
           'activityId', activity_id,
           'activityType', activity_type,
           'message', message,
           'outcomes', outcomes) ORDER BY sequence)::text
FROM workflow_journal
GROUP BY instance_id, org_id;

DROP TABLE workflow_journal;

-- Nothing filters instances by status alone, and every burst paid for keeping this index.
DROP INDEX ix_workflow_instances_org_status;

-- Every burst rewrites the instance's state; as text it is stored as sent instead of parsed into jsonb first, and
-- nothing queries inside it (the columns beside it are what queries filter on).
ALTER TABLE workflow_instances ALTER COLUMN state TYPE text USING state::text;
