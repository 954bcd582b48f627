-- Checkout: a double-entry ledger for every money movement, orders of paid apps, and the payment-provider events
-- already processed. No balance is stored anywhere: an account's balance is the SUM of its entries, and every
-- transaction's entries add up to zero per currency (docs/decisions/checkout-ledger.md).
CREATE TABLE ledger_transactions (
    id                  uuid PRIMARY KEY,
    kind                text NOT NULL,
    order_id            uuid NULL,
    memo                text NOT NULL,
    created_at          timestamptz NOT NULL,
    created_by          uuid NULL
);
CREATE INDEX ix_ledger_transactions_order ON ledger_transactions (order_id);

-- account: ProgrammeFunding, ProgrammeBudget, Voucher, VoucherHold, VoucherSpent, OrderReceivable, VendorPayable,
-- PlatformFee, CardClearing. owner_id names whose account it is (a programme, voucher, order or vendor organisation);
-- programme_id is repeated on every voucher-money entry so programme sums need no join.
CREATE TABLE ledger_entries (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transaction_id      uuid NOT NULL REFERENCES ledger_transactions (id),
    account             text NOT NULL,
    owner_id            uuid NULL,
    programme_id        uuid NULL,
    amount_minor        bigint NOT NULL CHECK (amount_minor <> 0),
    currency            text NOT NULL CHECK (length(currency) = 3)
);
CREATE INDEX ix_ledger_entries_owner ON ledger_entries (owner_id, account);
CREATE INDEX ix_ledger_entries_programme ON ledger_entries (programme_id, account);
CREATE INDEX ix_ledger_entries_transaction ON ledger_entries (transaction_id);

CREATE TABLE checkout_orders (
    id                  uuid PRIMARY KEY,
    firm_org_id         uuid NOT NULL REFERENCES organisations (id),
    app_id              text NOT NULL REFERENCES marketplace_apps (id),
    app_version         text NOT NULL,
    vendor_org_id       uuid NOT NULL REFERENCES organisations (id),
    voucher_id          uuid NULL REFERENCES vouchers (id),
    programme_id        uuid NULL REFERENCES voucher_programmes (id),
    price_minor         bigint NOT NULL CHECK (price_minor > 0),
    share_minor         bigint NOT NULL CHECK (share_minor >= 0),
    remainder_minor     bigint NOT NULL CHECK (remainder_minor >= 0),
    fee_minor           bigint NOT NULL CHECK (fee_minor >= 0),
    currency            text NOT NULL CHECK (length(currency) = 3),
    status              text NOT NULL CHECK (status IN ('AwaitingPayment', 'Paid', 'Released')),
    consented_scopes    text NOT NULL,
    payment_intent_id   text NULL,
    payout_account_id   text NULL,
    sandbox             boolean NOT NULL,
    created_at          timestamptz NOT NULL,
    created_by          uuid NULL,
    expires_at          timestamptz NOT NULL,
    settled_at          timestamptz NULL,
    CHECK (share_minor + remainder_minor = price_minor)
);
CREATE INDEX ix_checkout_orders_firm ON checkout_orders (firm_org_id, created_at);
CREATE INDEX ix_checkout_orders_awaiting ON checkout_orders (status, expires_at);
CREATE UNIQUE INDEX ux_checkout_orders_intent ON checkout_orders (payment_intent_id) WHERE payment_intent_id IS NOT NULL;

CREATE TABLE checkout_refunds (
    id                  uuid PRIMARY KEY,
    order_id            uuid NOT NULL REFERENCES checkout_orders (id),
    card_minor          bigint NOT NULL CHECK (card_minor >= 0),
    voucher_minor       bigint NOT NULL CHECK (voucher_minor >= 0),
    provider_refund_id  text NULL,
    reason              text NOT NULL,
    created_at          timestamptz NOT NULL,
    created_by          uuid NULL,
    CHECK (card_minor + voucher_minor > 0)
);
CREATE INDEX ix_checkout_refunds_order ON checkout_refunds (order_id);

CREATE TABLE processed_payment_events (
    event_id            text PRIMARY KEY,
    type                text NOT NULL,
    processed_at        timestamptz NOT NULL
);

-- The budget rows and vouchers that exist already, as the ledger would have written them.
INSERT INTO ledger_transactions (id, kind, order_id, memo, created_at, created_by)
SELECT id, 'BudgetFunded', NULL, 'Budget ' || kind, created_at, created_by FROM voucher_budget_entries;
INSERT INTO ledger_entries (transaction_id, account, owner_id, programme_id, amount_minor, currency)
SELECT id, 'ProgrammeFunding', programme_id, programme_id, -amount_minor, currency FROM voucher_budget_entries;
INSERT INTO ledger_entries (transaction_id, account, owner_id, programme_id, amount_minor, currency)
SELECT id, 'ProgrammeBudget', programme_id, programme_id, amount_minor, currency FROM voucher_budget_entries;
INSERT INTO ledger_transactions (id, kind, order_id, memo, created_at, created_by)
SELECT id, 'VoucherIssued', NULL, 'Voucher ' || code || ' issued', issued_at, issued_by FROM vouchers;
INSERT INTO ledger_entries (transaction_id, account, owner_id, programme_id, amount_minor, currency)
SELECT id, 'ProgrammeBudget', programme_id, programme_id, -face_minor, currency FROM vouchers;
INSERT INTO ledger_entries (transaction_id, account, owner_id, programme_id, amount_minor, currency)
SELECT id, 'Voucher', id, programme_id, face_minor, currency FROM vouchers;
