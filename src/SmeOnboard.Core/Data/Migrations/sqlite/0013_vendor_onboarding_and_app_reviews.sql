-- A vendor organisation's onboarding: profile, website domain proof, agreement and payout account. One row per vendor;
-- a step is complete when its columns are filled. Submitting an app needs all four.
CREATE TABLE vendor_onboarding (
    org_id                  TEXT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    legal_name              TEXT NULL,
    website                 TEXT NULL,
    support_email           TEXT NULL,
    address                 TEXT NULL,
    country                 TEXT NULL,
    profile_updated_at      TEXT NULL,
    domain                  TEXT NULL,
    domain_token            TEXT NULL,
    domain_verified_at      TEXT NULL,
    domain_method           TEXT NULL CHECK (domain_method IN ('DnsTxt', 'WellKnownFile', 'Seeded')),
    agreement_version       TEXT NULL,
    agreement_accepted_at   TEXT NULL,
    agreement_accepted_by   TEXT NULL,
    agreement_accepted_by_name TEXT NULL,
    payout_account_id       TEXT NULL,
    payout_sandbox          INTEGER NOT NULL DEFAULT 0,
    payout_set_at           TEXT NULL
);

-- Firms' reviews of apps: one per firm and app, editable (edited_at set), with at most one vendor reply.
CREATE TABLE marketplace_app_reviews (
    id              TEXT PRIMARY KEY,
    app_id          TEXT NOT NULL REFERENCES marketplace_apps (id) ON DELETE CASCADE,
    org_id          TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    firm_name       TEXT NOT NULL,
    author_user_id  TEXT NULL,
    author_name     TEXT NOT NULL,
    stars           INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
    body            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    edited_at       TEXT NULL,
    reply_body      TEXT NULL,
    reply_at        TEXT NULL,
    reply_by_name   TEXT NULL
);
CREATE UNIQUE INDEX ux_marketplace_app_reviews_firm ON marketplace_app_reviews (app_id, org_id);
CREATE INDEX ix_marketplace_app_reviews_app ON marketplace_app_reviews (app_id, created_at);

-- The rating the catalogue sorts by, kept with the app and changed in the same transaction as its reviews.
ALTER TABLE marketplace_apps ADD COLUMN rating_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE marketplace_apps ADD COLUMN rating_sum INTEGER NOT NULL DEFAULT 0;
