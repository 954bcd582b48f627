-- Integrity and fraud controls of voucher programmes (docs/decisions/voucher-integrity.md).
-- Legal details firms and vendors give about themselves, compared to flag vendor–firm relationships. A bank account
-- is kept only as a hash of its normalised number and its last four characters, never in full.
CREATE TABLE organisation_legal_details (
    org_id              uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    registered_address  text NULL,
    director_name       text NULL,
    bank_account_last4  text NULL,
    bank_account_hash   text NULL,
    updated_at          timestamptz NOT NULL,
    updated_by          uuid NULL
);
CREATE INDEX ix_organisation_legal_details_bank ON organisation_legal_details (bank_account_hash);

-- Orders an officer marked for a spot check, and the outcome once checked.
CREATE TABLE voucher_spot_checks (
    order_id            uuid PRIMARY KEY REFERENCES checkout_orders (id),
    programme_id        uuid NOT NULL REFERENCES voucher_programmes (id),
    status              text NOT NULL CHECK (status IN ('Open', 'Passed', 'Failed')),
    outcome_note        text NULL,
    marked_at           timestamptz NOT NULL,
    marked_by           uuid NULL,
    decided_at          timestamptz NULL,
    decided_by          uuid NULL
);
CREATE INDEX ix_voucher_spot_checks_programme ON voucher_spot_checks (programme_id);

-- A satisfaction question about one order, asked by an officer and answered by the firm.
CREATE TABLE voucher_satisfaction_questions (
    id                  uuid PRIMARY KEY,
    programme_id        uuid NOT NULL REFERENCES voucher_programmes (id),
    order_id            uuid NOT NULL REFERENCES checkout_orders (id),
    firm_org_id         uuid NOT NULL REFERENCES organisations (id),
    question            text NOT NULL,
    asked_at            timestamptz NOT NULL,
    asked_by            uuid NULL,
    rating              integer NULL CHECK (rating BETWEEN 1 AND 5),
    answer              text NULL,
    answered_at         timestamptz NULL,
    answered_by         uuid NULL
);
CREATE INDEX ix_voucher_satisfaction_questions_firm ON voucher_satisfaction_questions (firm_org_id, asked_at);
CREATE INDEX ix_voucher_satisfaction_questions_programme ON voucher_satisfaction_questions (programme_id, asked_at);

-- A voucher taken back: its free balance returned to the programme's budget through the ledger; it pays no more.
CREATE TABLE voucher_clawbacks (
    voucher_id          uuid PRIMARY KEY REFERENCES vouchers (id),
    programme_id        uuid NOT NULL REFERENCES voucher_programmes (id),
    amount_minor        bigint NOT NULL CHECK (amount_minor >= 0),
    currency            text NOT NULL CHECK (length(currency) = 3),
    reason              text NOT NULL,
    created_at          timestamptz NOT NULL,
    created_by          uuid NULL
);
CREATE INDEX ix_voucher_clawbacks_programme ON voucher_clawbacks (programme_id);

-- Vendors whose apps a programme's vouchers may not pay for, while the row exists; the audit log keeps the history.
CREATE TABLE programme_vendor_suspensions (
    programme_id        uuid NOT NULL REFERENCES voucher_programmes (id),
    vendor_org_id       uuid NOT NULL REFERENCES organisations (id),
    reason              text NOT NULL,
    suspended_at        timestamptz NOT NULL,
    suspended_by        uuid NULL,
    PRIMARY KEY (programme_id, vendor_org_id)
);

