-- Vendor submissions and their review. One row per submitted version; its state follows SubmissionLifecycle.
-- Published versions are still copied into marketplace_app_versions, which the catalogue reads unchanged.
CREATE TABLE marketplace_submissions (
    id              uuid PRIMARY KEY,
    vendor_org_id   uuid NOT NULL REFERENCES organisations (id),
    app_id          text NOT NULL,
    version         text NOT NULL,
    state           text NOT NULL CHECK (state IN ('Draft', 'Submitted', 'InReview', 'ChangesRequested', 'Rejected', 'Approved', 'Published', 'Suspended', 'Delisted')),
    review_kind     text NOT NULL CHECK (review_kind IN ('Full', 'Light')),
    previous_version text NULL,
    manifest        jsonb NOT NULL,
    comment         text NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
-- One live submission per app and version; a rejected one may be followed by a fresh one of the same version.
CREATE UNIQUE INDEX ux_marketplace_submissions_version ON marketplace_submissions (app_id, version) WHERE state <> 'Rejected';
CREATE INDEX ix_marketplace_submissions_vendor ON marketplace_submissions (vendor_org_id, updated_at);
CREATE INDEX ix_marketplace_submissions_state ON marketplace_submissions (state, updated_at);

-- The automated checks of the latest submit: one row per check, passed or with its reason and field path.
CREATE TABLE marketplace_submission_checks (
    submission_id   uuid NOT NULL REFERENCES marketplace_submissions (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    check_name      text NOT NULL,
    passed          boolean NOT NULL,
    path            text NOT NULL,
    reason          text NOT NULL,
    checked_at      timestamptz NOT NULL,
    PRIMARY KEY (submission_id, position)
);

-- Suspended or delisted apps stay on record (installs refer to them) but leave the catalogue.
ALTER TABLE marketplace_apps ADD COLUMN listing text NOT NULL DEFAULT 'Listed' CHECK (listing IN ('Listed', 'Suspended', 'Delisted'));

-- Vendor API keys: only the SHA-256 of the key is kept (keys are 256 random bits); revoking sets revoked_at.
CREATE TABLE vendor_api_keys (
    id              uuid PRIMARY KEY,
    vendor_org_id   uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name            text NOT NULL,
    key_prefix      text NOT NULL,
    key_hash        text NOT NULL UNIQUE,
    scopes          text NOT NULL,
    created_at      timestamptz NOT NULL,
    created_by      uuid NULL,
    revoked_at      timestamptz NULL,
    revoked_by      uuid NULL
);
CREATE INDEX ix_vendor_api_keys_vendor ON vendor_api_keys (vendor_org_id, created_at);
