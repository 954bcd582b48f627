-- The app catalogue (loaded from marketplace/ and later from vendor submissions) and the firms' installs.
-- Apps: one row per app with the current published version's searchable fields copied out of its manifest, so the
-- catalogue search filters and sorts in SQL without parsing JSON.
CREATE TABLE marketplace_apps (
    id                  TEXT PRIMARY KEY,
    vendor_org_id       TEXT NOT NULL REFERENCES organisations (id),
    vendor_name         TEXT NOT NULL,
    current_version     TEXT NOT NULL,
    category            TEXT NOT NULL,
    name_en             TEXT NOT NULL,
    name_zh             TEXT NOT NULL,
    tagline_en          TEXT NOT NULL,
    tagline_zh          TEXT NOT NULL,
    description_en      TEXT NOT NULL,
    description_zh      TEXT NOT NULL,
    pricing_model       TEXT NOT NULL CHECK (pricing_model IN ('free', 'one-time', 'monthly', 'yearly', 'per-seat')),
    price_minor         INTEGER NOT NULL CHECK (price_minor >= 0),
    currency            TEXT NOT NULL,
    voucher_eligible    INTEGER NOT NULL,
    first_published_at  TEXT NOT NULL,
    published_at        TEXT NOT NULL
);
CREATE INDEX ix_marketplace_apps_category ON marketplace_apps (category);
CREATE INDEX ix_marketplace_apps_price ON marketplace_apps (price_minor);
CREATE INDEX ix_marketplace_apps_published ON marketplace_apps (published_at);

CREATE TABLE marketplace_app_industries (
    app_id          TEXT NOT NULL REFERENCES marketplace_apps (id) ON DELETE CASCADE,
    industry_code   TEXT NOT NULL,
    PRIMARY KEY (industry_code, app_id)
);

CREATE TABLE marketplace_app_levels (
    app_id          TEXT NOT NULL REFERENCES marketplace_apps (id) ON DELETE CASCADE,
    maturity_level  INTEGER NOT NULL CHECK (maturity_level BETWEEN 1 AND 4),
    PRIMARY KEY (maturity_level, app_id)
);

-- Every published version with the manifest exactly as vetted; a version never changes once stored.
CREATE TABLE marketplace_app_versions (
    app_id          TEXT NOT NULL REFERENCES marketplace_apps (id) ON DELETE CASCADE,
    version         TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('Published')),
    manifest        TEXT NOT NULL,
    published_at    TEXT NOT NULL,
    PRIMARY KEY (app_id, version)
);

-- An install belongs to a firm; at most one active install per firm and app.
CREATE TABLE marketplace_installs (
    id                  TEXT PRIMARY KEY,
    org_id              TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    app_id              TEXT NOT NULL REFERENCES marketplace_apps (id),
    app_version         TEXT NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('Active', 'Uninstalled')),
    installed_at        TEXT NOT NULL,
    installed_by        TEXT NULL,
    uninstalled_at      TEXT NULL,
    uninstalled_by      TEXT NULL
);
CREATE UNIQUE INDEX ux_marketplace_installs_active ON marketplace_installs (org_id, app_id) WHERE status = 'Active';
CREATE INDEX ix_marketplace_installs_org ON marketplace_installs (org_id, status);

-- Each consented scope; revoking sets revoked_at, so the grant and its end both stay on record.
CREATE TABLE marketplace_install_scopes (
    install_id      TEXT NOT NULL REFERENCES marketplace_installs (id) ON DELETE CASCADE,
    scope           TEXT NOT NULL,
    granted_at      TEXT NOT NULL,
    granted_by      TEXT NULL,
    revoked_at      TEXT NULL,
    revoked_by      TEXT NULL,
    PRIMARY KEY (install_id, scope)
);

-- What an installed app read or wrote through the portal, and which action calls it received.
CREATE TABLE marketplace_data_access_log (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id          TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    install_id      TEXT NOT NULL REFERENCES marketplace_installs (id) ON DELETE CASCADE,
    app_id          TEXT NOT NULL,
    occurred_at     TEXT NOT NULL,
    scope           TEXT NULL,
    action          TEXT NOT NULL,
    summary         TEXT NOT NULL
);
CREATE INDEX ix_marketplace_data_access_log_install ON marketplace_data_access_log (org_id, install_id, occurred_at);
