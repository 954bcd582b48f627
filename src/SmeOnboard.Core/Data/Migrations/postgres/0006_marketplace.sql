-- The app catalogue (loaded from marketplace/ and later from vendor submissions) and the firms' installs.
-- Apps: one row per app with the current published version's searchable fields copied out of its manifest, so the
-- catalogue search filters and sorts in SQL without parsing JSON.
CREATE TABLE marketplace_apps (
    id                  text PRIMARY KEY,
    vendor_org_id       uuid NOT NULL REFERENCES organisations (id),
    vendor_name         text NOT NULL,
    current_version     text NOT NULL,
    category            text NOT NULL,
    name_en             text NOT NULL,
    name_zh             text NOT NULL,
    tagline_en          text NOT NULL,
    tagline_zh          text NOT NULL,
    description_en      text NOT NULL,
    description_zh      text NOT NULL,
    pricing_model       text NOT NULL CHECK (pricing_model IN ('free', 'one-time', 'monthly', 'yearly', 'per-seat')),
    price_minor         bigint NOT NULL CHECK (price_minor >= 0),
    currency            text NOT NULL,
    voucher_eligible    boolean NOT NULL,
    first_published_at  timestamptz NOT NULL,
    published_at        timestamptz NOT NULL
);
CREATE INDEX ix_marketplace_apps_category ON marketplace_apps (category);
CREATE INDEX ix_marketplace_apps_price ON marketplace_apps (price_minor);
CREATE INDEX ix_marketplace_apps_published ON marketplace_apps (published_at);

CREATE TABLE marketplace_app_industries (
    app_id          text NOT NULL REFERENCES marketplace_apps (id) ON DELETE CASCADE,
    industry_code   text NOT NULL,
    PRIMARY KEY (industry_code, app_id)
);

CREATE TABLE marketplace_app_levels (
    app_id          text NOT NULL REFERENCES marketplace_apps (id) ON DELETE CASCADE,
    maturity_level  integer NOT NULL CHECK (maturity_level BETWEEN 1 AND 4),
    PRIMARY KEY (maturity_level, app_id)
);

-- Every published version with the manifest exactly as vetted; a version never changes once stored.
CREATE TABLE marketplace_app_versions (
    app_id          text NOT NULL REFERENCES marketplace_apps (id) ON DELETE CASCADE,
    version         text NOT NULL,
    state           text NOT NULL CHECK (state IN ('Published')),
    manifest        jsonb NOT NULL,
    published_at    timestamptz NOT NULL,
    PRIMARY KEY (app_id, version)
);

-- An install belongs to a firm; at most one active install per firm and app.
CREATE TABLE marketplace_installs (
    id                  uuid PRIMARY KEY,
    org_id              uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    app_id              text NOT NULL REFERENCES marketplace_apps (id),
    app_version         text NOT NULL,
    status              text NOT NULL CHECK (status IN ('Active', 'Uninstalled')),
    installed_at        timestamptz NOT NULL,
    installed_by        uuid NULL,
    uninstalled_at      timestamptz NULL,
    uninstalled_by      uuid NULL
);
CREATE UNIQUE INDEX ux_marketplace_installs_active ON marketplace_installs (org_id, app_id) WHERE status = 'Active';
CREATE INDEX ix_marketplace_installs_org ON marketplace_installs (org_id, status);

-- Each consented scope; revoking sets revoked_at, so the grant and its end both stay on record.
CREATE TABLE marketplace_install_scopes (
    install_id      uuid NOT NULL REFERENCES marketplace_installs (id) ON DELETE CASCADE,
    scope           text NOT NULL,
    granted_at      timestamptz NOT NULL,
    granted_by      uuid NULL,
    revoked_at      timestamptz NULL,
    revoked_by      uuid NULL,
    PRIMARY KEY (install_id, scope)
);

-- What an installed app read or wrote through the portal, and which action calls it received.
CREATE TABLE marketplace_data_access_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id          uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    install_id      uuid NOT NULL REFERENCES marketplace_installs (id) ON DELETE CASCADE,
    app_id          text NOT NULL,
    occurred_at     timestamptz NOT NULL,
    scope           text NULL,
    action          text NOT NULL,
    summary         text NOT NULL
);
CREATE INDEX ix_marketplace_data_access_log_install ON marketplace_data_access_log (org_id, install_id, occurred_at);
