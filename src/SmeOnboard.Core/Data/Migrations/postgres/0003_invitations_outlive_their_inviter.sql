-- Deleting a person who invited someone keeps the invitation open, with no inviter: the organisation invited them.
ALTER TABLE invitations ALTER COLUMN invited_by DROP NOT NULL;
ALTER TABLE invitations DROP CONSTRAINT invitations_invited_by_fkey;
ALTER TABLE invitations ADD CONSTRAINT invitations_invited_by_fkey
    FOREIGN KEY (invited_by) REFERENCES users (id) ON DELETE SET NULL;

-- Deleting a user looks up the invitations they sent.
CREATE INDEX ix_invitations_invited_by ON invitations (invited_by);
