-- Vendor submissions and their review. One row per submitted version; its state follows SubmissionLifecycle.
-- Published versions are still copied into marketplace_app_versions, which the catalogue reads unchanged.
CREATE TABLE marketplace_submissions (
    id              TEXT PRIMARY KEY,
    vendor_org_id   TEXT NOT NULL REFERENCES organisations (id),
    app_id          TEXT NOT NULL,
    version         TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('Draft', 'Submitted', 'InReview', 'ChangesRequested', 'Rejected', 'Approved', 'Published', 'Suspended', 'Delisted')),
    review_kind     TEXT NOT NULL CHECK (review_kind IN ('Full', 'Light')),
    previous_version TEXT NULL,
    manifest        TEXT NOT NULL,
    comment         TEXT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
-- One live submission per app and version; a rejected one may be followed by a fresh one of the same version.
CREATE UNIQUE INDEX ux_marketplace_submissions_version ON marketplace_submissions (app_id, version) WHERE state <> 'Rejected';
CREATE INDEX ix_marketplace_submissions_vendor ON marketplace_submissions (vendor_org_id, updated_at);
CREATE INDEX ix_marketplace_submissions_state ON marketplace_submissions (state, updated_at);

-- The automated checks of the latest submit: one row per check, passed or with its reason and field path.
CREATE TABLE marketplace_submission_checks (
    submission_id   TEXT NOT NULL REFERENCES marketplace_submissions (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    check_name      TEXT NOT NULL,
    passed          INTEGER NOT NULL,
    path            TEXT NOT NULL,
    reason          TEXT NOT NULL,
    checked_at      TEXT NOT NULL,
    PRIMARY KEY (submission_id, position)
);

-- Suspended or delisted apps stay on record (installs refer to them) but leave the catalogue.
ALTER TABLE marketplace_apps ADD COLUMN listing TEXT NOT NULL DEFAULT 'Listed' CHECK (listing IN ('Listed', 'Suspended', 'Delisted'));

-- Vendor API keys: only the SHA-256 of the key is kept (keys are 256 random bits); revoking sets revoked_at.
CREATE TABLE vendor_api_keys (
    id              TEXT PRIMARY KEY,
    vendor_org_id   TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    key_prefix      TEXT NOT NULL,
    key_hash        TEXT NOT NULL UNIQUE,
    scopes          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      TEXT NULL,
    revoked_at      TEXT NULL,
    revoked_by      TEXT NULL
);
CREATE INDEX ix_vendor_api_keys_vendor ON vendor_api_keys (vendor_org_id, created_at);
