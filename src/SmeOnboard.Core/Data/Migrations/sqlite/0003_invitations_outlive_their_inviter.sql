-- Deleting a person who invited someone keeps the invitation open, with no inviter: the organisation invited them.
-- SQLite cannot change a column's constraints in place, so the table is rebuilt (sqlite.org/lang_altertable.html#otheralter).
-- Nothing references invitations, so dropping the old table needs no foreign-key pause (a no-op inside DbUp's transaction anyway).
CREATE TABLE invitations_new (
    id          TEXT PRIMARY KEY,
    org_id      TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    email       TEXT NOT NULL,
    role        TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    invited_by  TEXT NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    accepted_at TEXT NULL,
    revoked_at  TEXT NULL
);

INSERT INTO invitations_new (id, org_id, email, role, token_hash, invited_by, created_at, expires_at, accepted_at, revoked_at)
SELECT id, org_id, email, role, token_hash, invited_by, created_at, expires_at, accepted_at, revoked_at
FROM invitations;

DROP TABLE invitations;
ALTER TABLE invitations_new RENAME TO invitations;

CREATE INDEX ix_invitations_org ON invitations (org_id);
-- Deleting a user looks up the invitations they sent.
CREATE INDEX ix_invitations_invited_by ON invitations (invited_by);
