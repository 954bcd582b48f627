-- Reimbursement claims: a firm that paid in full claims the voucher's share back with evidence; the share is held in
-- the ledger while the claim waits, spent and paid out by transfer when approved, released when rejected. Evidence
-- files are kept in the database (docs/decisions/claim-evidence-in-the-database.md).
CREATE TABLE voucher_claims (
    id                  TEXT PRIMARY KEY,
    order_id            TEXT NOT NULL REFERENCES checkout_orders (id),
    voucher_id          TEXT NOT NULL REFERENCES vouchers (id),
    programme_id        TEXT NOT NULL REFERENCES voucher_programmes (id),
    firm_org_id         TEXT NOT NULL REFERENCES organisations (id),
    amount_minor        INTEGER NOT NULL CHECK (amount_minor > 0),
    currency            TEXT NOT NULL CHECK (length(currency) = 3),
    status              TEXT NOT NULL CHECK (status IN ('Filed', 'Approved', 'Rejected')),
    note                TEXT NOT NULL,
    filed_at            TEXT NOT NULL,
    filed_by            TEXT NULL,
    decided_at          TEXT NULL,
    decided_by          TEXT NULL,
    decision_reason     TEXT NULL,
    transfer_reference  TEXT NULL UNIQUE
);
CREATE INDEX ix_voucher_claims_programme ON voucher_claims (programme_id, status, filed_at);
CREATE INDEX ix_voucher_claims_firm ON voucher_claims (firm_org_id, filed_at);
-- One live claim per order: a rejected one may be filed again.
CREATE UNIQUE INDEX ux_voucher_claims_order ON voucher_claims (order_id) WHERE status IN ('Filed', 'Approved');

CREATE TABLE voucher_claim_evidence (
    id                  TEXT PRIMARY KEY,
    claim_id            TEXT NOT NULL REFERENCES voucher_claims (id),
    kind                TEXT NOT NULL CHECK (kind IN ('Invoice', 'ProofOfUse')),
    file_name           TEXT NOT NULL,
    content_type        TEXT NOT NULL,
    size_bytes          INTEGER NOT NULL CHECK (size_bytes > 0),
    content             BLOB NOT NULL,
    uploaded_at         TEXT NOT NULL
);
CREATE INDEX ix_voucher_claim_evidence_claim ON voucher_claim_evidence (claim_id);

-- Vendors ask for a refund of one of their orders; a platform administrator approves (the refund is made) or declines.
-- refund_id names the checkout_refunds row of an approval, written in the same transaction just before that row.
CREATE TABLE checkout_refund_requests (
    id                  TEXT PRIMARY KEY,
    order_id            TEXT NOT NULL REFERENCES checkout_orders (id),
    vendor_org_id       TEXT NOT NULL REFERENCES organisations (id),
    card_minor          INTEGER NOT NULL CHECK (card_minor >= 0),
    voucher_minor       INTEGER NOT NULL CHECK (voucher_minor >= 0),
    reason              TEXT NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('Requested', 'Approved', 'Declined')),
    requested_at        TEXT NOT NULL,
    requested_by        TEXT NULL,
    decided_at          TEXT NULL,
    decided_by          TEXT NULL,
    decision_note       TEXT NULL,
    refund_id           TEXT NULL,
    CHECK (card_minor + voucher_minor > 0)
);
CREATE INDEX ix_checkout_refund_requests_status ON checkout_refund_requests (status, requested_at);
CREATE UNIQUE INDEX ux_checkout_refund_requests_open ON checkout_refund_requests (order_id) WHERE status = 'Requested';
