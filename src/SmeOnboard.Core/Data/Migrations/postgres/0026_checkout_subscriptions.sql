-- Subscriptions of apps priced monthly or yearly (issue 8): one per firm and app, started by the first paid order.
-- A renewal is an ordinary checkout order marked with the subscription and the due date it renews, unique per due
-- date so two renewal workers (or a retry after a crash) never create two orders for one period.
CREATE TABLE checkout_subscriptions (
    id                  uuid PRIMARY KEY,
    firm_org_id         uuid NOT NULL REFERENCES organisations (id),
    app_id              text NOT NULL REFERENCES marketplace_apps (id),
    first_order_id      uuid NOT NULL REFERENCES checkout_orders (id),
    voucher_id          uuid NULL REFERENCES vouchers (id),
    period              text NOT NULL CHECK (period IN ('monthly', 'yearly')),
    price_minor         bigint NOT NULL CHECK (price_minor > 0),
    currency            text NOT NULL CHECK (length(currency) = 3),
    status              text NOT NULL CHECK (status IN ('Active', 'PastDue', 'Cancelled')),
    renews_at           timestamptz NOT NULL,
    past_due_reason     text NULL,
    created_at          timestamptz NOT NULL,
    cancelled_at        timestamptz NULL,
    cancelled_by        uuid NULL
);
CREATE UNIQUE INDEX ux_checkout_subscriptions_first_order ON checkout_subscriptions (first_order_id);
CREATE INDEX ix_checkout_subscriptions_due ON checkout_subscriptions (status, renews_at);
CREATE INDEX ix_checkout_subscriptions_firm ON checkout_subscriptions (firm_org_id, created_at);

ALTER TABLE checkout_orders ADD COLUMN renewal_of uuid NULL REFERENCES checkout_subscriptions (id);
ALTER TABLE checkout_orders ADD COLUMN renewal_due_at timestamptz NULL;
CREATE UNIQUE INDEX ux_checkout_orders_renewal ON checkout_orders (renewal_of, renewal_due_at) WHERE renewal_of IS NOT NULL;
