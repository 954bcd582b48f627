-- Subscriptions of apps priced monthly or yearly (issue 8): one per firm and app, started by the first paid order.
-- A renewal is an ordinary checkout order marked with the subscription and the due date it renews, unique per due
-- date so two renewal workers (or a retry after a crash) never create two orders for one period.
CREATE TABLE checkout_subscriptions (
    id                  TEXT PRIMARY KEY,
    firm_org_id         TEXT NOT NULL REFERENCES organisations (id),
    app_id              TEXT NOT NULL REFERENCES marketplace_apps (id),
    first_order_id      TEXT NOT NULL REFERENCES checkout_orders (id),
    voucher_id          TEXT NULL REFERENCES vouchers (id),
    period              TEXT NOT NULL CHECK (period IN ('monthly', 'yearly')),
    price_minor         INTEGER NOT NULL CHECK (price_minor > 0),
    currency            TEXT NOT NULL CHECK (length(currency) = 3),
    status              TEXT NOT NULL CHECK (status IN ('Active', 'PastDue', 'Cancelled')),
    renews_at           TEXT NOT NULL,
    past_due_reason     TEXT NULL,
    created_at          TEXT NOT NULL,
    cancelled_at        TEXT NULL,
    cancelled_by        TEXT NULL
);
CREATE UNIQUE INDEX ux_checkout_subscriptions_first_order ON checkout_subscriptions (first_order_id);
CREATE INDEX ix_checkout_subscriptions_due ON checkout_subscriptions (status, renews_at);
CREATE INDEX ix_checkout_subscriptions_firm ON checkout_subscriptions (firm_org_id, created_at);

ALTER TABLE checkout_orders ADD COLUMN renewal_of TEXT NULL REFERENCES checkout_subscriptions (id);
ALTER TABLE checkout_orders ADD COLUMN renewal_due_at TEXT NULL;
CREATE UNIQUE INDEX ux_checkout_orders_renewal ON checkout_orders (renewal_of, renewal_due_at) WHERE renewal_of IS NOT NULL;
