-- A vendor organisation's onboarding: profile, website domain proof, agreement and payout account. One row per vendor;
-- a step is complete when its columns are filled. Submitting an app needs all four.
CREATE TABLE vendor_onboarding (
    org_id                  uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    legal_name              text NULL,
    website                 text NULL,
    support_email           text NULL,
    address                 text NULL,
    country                 text NULL,
    profile_updated_at      timestamptz NULL,
    domain                  text NULL,
    domain_token            text NULL,
    domain_verified_at      timestamptz NULL,
    domain_method           text NULL CHECK (domain_method IN ('DnsTxt', 'WellKnownFile', 'Seeded')),
    agreement_version       text NULL,
    agreement_accepted_at   timestamptz NULL,
    agreement_accepted_by   uuid NULL,
    agreement_accepted_by_name text NULL,
    payout_account_id       text NULL,
    payout_sandbox          boolean NOT NULL DEFAULT false,
    payout_set_at           timestamptz NULL
);

-- Firms' reviews of apps: one per firm and app, editable (edited_at set), with at most one vendor reply.
CREATE TABLE marketplace_app_reviews (
    id              uuid PRIMARY KEY,
    app_id          text NOT NULL REFERENCES marketplace_apps (id) ON DELETE CASCADE,
    org_id          uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    firm_name       text NOT NULL,
    author_user_id  uuid NULL,
    author_name     text NOT NULL,
    stars           integer NOT NULL CHECK (stars BETWEEN 1 AND 5),
    body            text NOT NULL,
    created_at      timestamptz NOT NULL,
    edited_at       timestamptz NULL,
    reply_body      text NULL,
    reply_at        timestamptz NULL,
    reply_by_name   text NULL
);
CREATE UNIQUE INDEX ux_marketplace_app_reviews_firm ON marketplace_app_reviews (app_id, org_id);
CREATE INDEX ix_marketplace_app_reviews_app ON marketplace_app_reviews (app_id, created_at);

-- The rating the catalogue sorts by, kept with the app and changed in the same transaction as its reviews.
ALTER TABLE marketplace_apps ADD COLUMN rating_count integer NOT NULL DEFAULT 0;
ALTER TABLE marketplace_apps ADD COLUMN rating_sum integer NOT NULL DEFAULT 0;
