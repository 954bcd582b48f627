-- Government voucher programmes up to issuing vouchers. Amounts are minor units with their currency. Nothing derived is
-- stored: the budget is the sum of its budget rows, and what is left is that minus the face values of issued vouchers
-- (a later ledger subtracts holds and redemptions from the same rows).
-- Who acted (created_by, decided_by, issued_by) is kept as a plain user id, as the audit log keeps it: a removed
-- account must not erase the trace of a budget decision.
CREATE TABLE voucher_programmes (
    id                  TEXT PRIMARY KEY,
    org_id              TEXT NOT NULL REFERENCES organisations (id),
    status              TEXT NOT NULL CHECK (status IN ('Draft', 'Published', 'Paused', 'Closed')),
    currency            TEXT NOT NULL CHECK (length(currency) = 3),
    current_revision    INTEGER NOT NULL CHECK (current_revision >= 1),
    created_at          TEXT NOT NULL,
    created_by          TEXT NULL,
    version             INTEGER NOT NULL
);
CREATE INDEX ix_voucher_programmes_org ON voucher_programmes (org_id, created_at);
CREATE INDEX ix_voucher_programmes_status ON voucher_programmes (status);

-- The rules as they were at each revision; a voucher pins the revision it was issued under. Drafts change revision 1
-- in place; a published programme's change is a new row.
CREATE TABLE voucher_programme_revisions (
    programme_id        TEXT NOT NULL REFERENCES voucher_programmes (id) ON DELETE CASCADE,
    revision            INTEGER NOT NULL CHECK (revision >= 1),
    name_en             TEXT NOT NULL,
    name_zh             TEXT NOT NULL,
    description_en      TEXT NOT NULL,
    description_zh      TEXT NOT NULL,
    opens_at            TEXT NOT NULL,
    closes_at           TEXT NOT NULL,
    rules               TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    created_by          TEXT NULL,
    PRIMARY KEY (programme_id, revision),
    CHECK (closes_at > opens_at)
);

-- The budget: the first allocation and every top-up, each with who and when.
CREATE TABLE voucher_budget_entries (
    id                  TEXT PRIMARY KEY,
    programme_id        TEXT NOT NULL REFERENCES voucher_programmes (id) ON DELETE CASCADE,
    kind                TEXT NOT NULL CHECK (kind IN ('Initial', 'TopUp')),
    amount_minor        INTEGER NOT NULL CHECK (amount_minor > 0),
    currency            TEXT NOT NULL CHECK (length(currency) = 3),
    note                TEXT NULL,
    created_at          TEXT NOT NULL,
    created_by          TEXT NULL
);
CREATE INDEX ix_voucher_budget_entries_programme ON voucher_budget_entries (programme_id);

CREATE TABLE voucher_applications (
    id                  TEXT PRIMARY KEY,
    programme_id        TEXT NOT NULL REFERENCES voucher_programmes (id) ON DELETE CASCADE,
    firm_org_id         TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    status              TEXT NOT NULL CHECK (status IN ('Open', 'Approved', 'Rejected')),
    note                TEXT NOT NULL,
    applied_at          TEXT NOT NULL,
    applied_by          TEXT NULL,
    decided_at          TEXT NULL,
    decided_by          TEXT NULL,
    decision_reason     TEXT NULL
);
-- One open application per firm and programme.
CREATE UNIQUE INDEX ux_voucher_applications_open ON voucher_applications (programme_id, firm_org_id) WHERE status = 'Open';
CREATE INDEX ix_voucher_applications_queue ON voucher_applications (programme_id, status, applied_at);
CREATE INDEX ix_voucher_applications_firm ON voucher_applications (firm_org_id);

-- Issued vouchers. The balance is not stored: until the ledger arrives it equals the face value.
CREATE TABLE vouchers (
    id                  TEXT PRIMARY KEY,
    code                TEXT NOT NULL UNIQUE,
    programme_id        TEXT NOT NULL REFERENCES voucher_programmes (id),
    revision            INTEGER NOT NULL,
    firm_org_id         TEXT NOT NULL REFERENCES organisations (id),
    application_id      TEXT NULL REFERENCES voucher_applications (id),
    face_minor          INTEGER NOT NULL CHECK (face_minor > 0),
    currency            TEXT NOT NULL CHECK (length(currency) = 3),
    issued_at           TEXT NOT NULL,
    expires_at          TEXT NOT NULL,
    issued_by           TEXT NULL,
    FOREIGN KEY (programme_id, revision) REFERENCES voucher_programme_revisions (programme_id, revision),
    CHECK (expires_at > issued_at)
);
CREATE INDEX ix_vouchers_programme ON vouchers (programme_id, firm_org_id);
CREATE INDEX ix_vouchers_firm ON vouchers (firm_org_id, expires_at);
