-- Reimbursement claims: a firm that paid in full claims the voucher's share back with evidence; the share is held in
-- the ledger while the claim waits, spent and paid out by transfer when approved, released when rejected. Evidence
-- files are kept in the database (docs/decisions/claim-evidence-in-the-database.md).
CREATE TABLE voucher_claims (
    id                  uuid PRIMARY KEY,
    order_id            uuid NOT NULL REFERENCES checkout_orders (id),
    voucher_id          uuid NOT NULL REFERENCES vouchers (id),
    programme_id        uuid NOT NULL REFERENCES voucher_programmes (id),
    firm_org_id         uuid NOT NULL REFERENCES organisations (id),
    amount_minor        bigint NOT NULL CHECK (amount_minor > 0),
    currency            text NOT NULL CHECK (length(currency) = 3),
    status              text NOT NULL CHECK (status IN ('Filed', 'Approved', 'Rejected')),
    note                text NOT NULL,
    filed_at            timestamptz NOT NULL,
    filed_by            uuid NULL,
    decided_at          timestamptz NULL,
    decided_by          uuid NULL,
    decision_reason     text NULL,
    transfer_reference  text NULL UNIQUE
);
CREATE INDEX ix_voucher_claims_programme ON voucher_claims (programme_id, status, filed_at);
CREATE INDEX ix_voucher_claims_firm ON voucher_claims (firm_org_id, filed_at);
-- One live claim per order: a rejected one may be filed again.
CREATE UNIQUE INDEX ux_voucher_claims_order ON voucher_claims (order_id) WHERE status IN ('Filed', 'Approved');

CREATE TABLE voucher_claim_evidence (
    id                  uuid PRIMARY KEY,
    claim_id            uuid NOT NULL REFERENCES voucher_claims (id),
    kind                text NOT NULL CHECK (kind IN ('Invoice', 'ProofOfUse')),
    file_name           text NOT NULL,
    content_type        text NOT NULL,
    size_bytes          bigint NOT NULL CHECK (size_bytes > 0),
    content             bytea NOT NULL,
    uploaded_at         timestamptz NOT NULL
);
CREATE INDEX ix_voucher_claim_evidence_claim ON voucher_claim_evidence (claim_id);

-- Vendors ask for a refund of one of their orders; a platform administrator approves (the refund is made) or declines.
-- refund_id names the checkout_refunds row of an approval, written in the same transaction just before that row.
CREATE TABLE checkout_refund_requests (
    id                  uuid PRIMARY KEY,
    order_id            uuid NOT NULL REFERENCES checkout_orders (id),
    vendor_org_id       uuid NOT NULL REFERENCES organisations (id),
    card_minor          bigint NOT NULL CHECK (card_minor >= 0),
    voucher_minor       bigint NOT NULL CHECK (voucher_minor >= 0),
    reason              text NOT NULL,
    status              text NOT NULL CHECK (status IN ('Requested', 'Approved', 'Declined')),
    requested_at        timestamptz NOT NULL,
    requested_by        uuid NULL,
    decided_at          timestamptz NULL,
    decided_by          uuid NULL,
    decision_note       text NULL,
    refund_id           uuid NULL,
    CHECK (card_minor + voucher_minor > 0)
);
CREATE INDEX ix_checkout_refund_requests_status ON checkout_refund_requests (status, requested_at);
CREATE UNIQUE INDEX ux_checkout_refund_requests_open ON checkout_refund_requests (order_id) WHERE status = 'Requested';
