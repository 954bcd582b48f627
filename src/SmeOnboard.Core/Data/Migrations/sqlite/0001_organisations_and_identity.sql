-- Organisations (tenants), Identity users/roles and memberships.
CREATE TABLE organisations (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('Firm', 'Vendor', 'Government', 'Platform')),
    name            TEXT NOT NULL,
    region          TEXT NULL,
    industry_code   TEXT NULL,
    headcount_band  TEXT NULL,
    turnover_band   TEXT NULL,
    website         TEXT NULL,
    created_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE users (
    id                      TEXT PRIMARY KEY,
    user_name               TEXT NOT NULL,
    normalized_user_name    TEXT NOT NULL UNIQUE,
    email                   TEXT NOT NULL,
    normalized_email        TEXT NOT NULL UNIQUE,
    email_confirmed         INTEGER NOT NULL DEFAULT 0,
    display_name            TEXT NOT NULL,
    password_hash           TEXT NULL,
    security_stamp          TEXT NULL,
    concurrency_stamp       TEXT NULL,
    phone_number            TEXT NULL,
    phone_number_confirmed  INTEGER NOT NULL DEFAULT 0,
    two_factor_enabled      INTEGER NOT NULL DEFAULT 0,
    lockout_end             TEXT NULL,
    lockout_enabled         INTEGER NOT NULL DEFAULT 1,
    access_failed_count     INTEGER NOT NULL DEFAULT 0,
    preferred_culture       TEXT NULL,
    created_at              TEXT NOT NULL
);

CREATE TABLE roles (
    id                  TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    normalized_name     TEXT NOT NULL UNIQUE,
    concurrency_stamp   TEXT NULL
);

CREATE TABLE user_roles (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_id)
);

CREATE TABLE user_claims (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    claim_type  TEXT NOT NULL,
    claim_value TEXT NULL
);
CREATE INDEX ix_user_claims_user ON user_claims (user_id);

CREATE TABLE user_logins (
    login_provider          TEXT NOT NULL,
    provider_key            TEXT NOT NULL,
    provider_display_name   TEXT NULL,
    user_id                 TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (login_provider, provider_key)
);

CREATE TABLE user_tokens (
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    login_provider  TEXT NOT NULL,
    name            TEXT NOT NULL,
    value           TEXT NULL,
    PRIMARY KEY (user_id, login_provider, name)
);

CREATE TABLE memberships (
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    org_id      TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (user_id, org_id)
);
CREATE INDEX ix_memberships_org ON memberships (org_id);

CREATE TABLE invitations (
    id          TEXT PRIMARY KEY,
    org_id      TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    email       TEXT NOT NULL,
    role        TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    invited_by  TEXT NOT NULL REFERENCES users (id),
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    accepted_at TEXT NULL,
    revoked_at  TEXT NULL
);
CREATE INDEX ix_invitations_org ON invitations (org_id);
