-- Organisations (tenants), Identity users/roles and memberships.
CREATE TABLE organisations (
    id              uuid PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('Firm', 'Vendor', 'Government', 'Platform')),
    name            text NOT NULL,
    region          text NULL,
    industry_code   text NULL,
    headcount_band  text NULL,
    turnover_band   text NULL,
    website         text NULL,
    created_at      timestamptz NOT NULL,
    version         integer NOT NULL DEFAULT 1
);

CREATE TABLE users (
    id                      uuid PRIMARY KEY,
    user_name               text NOT NULL,
    normalized_user_name    text NOT NULL UNIQUE,
    email                   text NOT NULL,
    normalized_email        text NOT NULL UNIQUE,
    email_confirmed         boolean NOT NULL DEFAULT false,
    display_name            text NOT NULL,
    password_hash           text NULL,
    security_stamp          text NULL,
    concurrency_stamp       text NULL,
    phone_number            text NULL,
    phone_number_confirmed  boolean NOT NULL DEFAULT false,
    two_factor_enabled      boolean NOT NULL DEFAULT false,
    lockout_end             timestamptz NULL,
    lockout_enabled         boolean NOT NULL DEFAULT true,
    access_failed_count     integer NOT NULL DEFAULT 0,
    preferred_culture       text NULL,
    created_at              timestamptz NOT NULL
);

CREATE TABLE roles (
    id                  uuid PRIMARY KEY,
    name                text NOT NULL,
    normalized_name     text NOT NULL UNIQUE,
    concurrency_stamp   text NULL
);

CREATE TABLE user_roles (
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_id uuid NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_id)
);

CREATE TABLE user_claims (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    claim_type  text NOT NULL,
    claim_value text NULL
);
CREATE INDEX ix_user_claims_user ON user_claims (user_id);

CREATE TABLE user_logins (
    login_provider          text NOT NULL,
    provider_key            text NOT NULL,
    provider_display_name   text NULL,
    user_id                 uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (login_provider, provider_key)
);

CREATE TABLE user_tokens (
    user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    login_provider  text NOT NULL,
    name            text NOT NULL,
    value           text NULL,
    PRIMARY KEY (user_id, login_provider, name)
);

CREATE TABLE memberships (
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    org_id      uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    role        text NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (user_id, org_id)
);
CREATE INDEX ix_memberships_org ON memberships (org_id);

CREATE TABLE invitations (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    email       text NOT NULL,
    role        text NOT NULL,
    token_hash  text NOT NULL UNIQUE,
    invited_by  uuid NOT NULL REFERENCES users (id),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    accepted_at timestamptz NULL,
    revoked_at  timestamptz NULL
);
CREATE INDEX ix_invitations_org ON invitations (org_id);
