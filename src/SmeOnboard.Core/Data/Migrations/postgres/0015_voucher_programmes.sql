-- Government voucher programmes up to issuing vouchers. Amounts are minor units with their currency. Nothing derived is
-- stored: the budget is the sum of its budget rows, and what is left is that minus the face values of issued vouchers
-- (a later ledger subtracts holds and redemptions from the same rows).
-- Who acted (created_by, decided_by, issued_by) is kept as a plain user id, as the audit log keeps it: a removed
-- account must not erase the trace of a budget decision.
CREATE TABLE voucher_programmes (
    id                  uuid PRIMARY KEY,
    org_id              uuid NOT NULL REFERENCES organisations (id),
    status              text NOT NULL CHECK (status IN ('Draft', 'Published', 'Paused', 'Closed')),
    currency            text NOT NULL CHECK (length(currency) = 3),
    current_revision    integer NOT NULL CHECK (current_revision >= 1),
    created_at          timestamptz NOT NULL,
    created_by          uuid NULL,
    version             integer NOT NULL
);
CREATE INDEX ix_voucher_programmes_org ON voucher_programmes (org_id, created_at);
CREATE INDEX ix_voucher_programmes_status ON voucher_programmes (status);

-- The rules as they were at each revision; a voucher pins the revision it was issued under. Drafts change revision 1
-- in place; a published programme's change is a new row.
CREATE TABLE voucher_programme_revisions (
    programme_id        uuid NOT NULL REFERENCES voucher_programmes (id) ON DELETE CASCADE,
    revision            integer NOT NULL CHECK (revision >= 1),
    name_en             text NOT NULL,
    name_zh             text NOT NULL,
    description_en      text NOT NULL,
    description_zh      text NOT NULL,
    opens_at            timestamptz NOT NULL,
    closes_at           timestamptz NOT NULL,
    rules               jsonb NOT NULL,
    created_at          timestamptz NOT NULL,
    created_by          uuid NULL,
    PRIMARY KEY (programme_id, revision),
    CHECK (closes_at > opens_at)
);

-- The budget: the first allocation and every top-up, each with who and when.
CREATE TABLE voucher_budget_entries (
    id                  uuid PRIMARY KEY,
    programme_id        uuid NOT NULL REFERENCES voucher_programmes (id) ON DELETE CASCADE,
    kind                text NOT NULL CHECK (kind IN ('Initial', 'TopUp')),
    amount_minor        bigint NOT NULL CHECK (amount_minor > 0),
    currency            text NOT NULL CHECK (length(currency) = 3),
    note                text NULL,
    created_at          timestamptz NOT NULL,
    created_by          uuid NULL
);
CREATE INDEX ix_voucher_budget_entries_programme ON voucher_budget_entries (programme_id);

CREATE TABLE voucher_applications (
    id                  uuid PRIMARY KEY,
    programme_id        uuid NOT NULL REFERENCES voucher_programmes (id) ON DELETE CASCADE,
    firm_org_id         uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    status              text NOT NULL CHECK (status IN ('Open', 'Approved', 'Rejected')),
    note                text NOT NULL,
    applied_at          timestamptz NOT NULL,
    applied_by          uuid NULL,
    decided_at          timestamptz NULL,
    decided_by          uuid NULL,
    decision_reason     text NULL
);
-- One open application per firm and programme.
CREATE UNIQUE INDEX ux_voucher_applications_open ON voucher_applications (programme_id, firm_org_id) WHERE status = 'Open';
CREATE INDEX ix_voucher_applications_queue ON voucher_applications (programme_id, status, applied_at);
CREATE INDEX ix_voucher_applications_firm ON voucher_applications (firm_org_id);

-- Issued vouchers. The balance is not stored: until the ledger arrives it equals the face value.
CREATE TABLE vouchers (
    id                  uuid PRIMARY KEY,
    code                text NOT NULL UNIQUE,
    programme_id        uuid NOT NULL REFERENCES voucher_programmes (id),
    revision            integer NOT NULL,
    firm_org_id         uuid NOT NULL REFERENCES organisations (id),
    application_id      uuid NULL REFERENCES voucher_applications (id),
    face_minor          bigint NOT NULL CHECK (face_minor > 0),
    currency            text NOT NULL CHECK (length(currency) = 3),
    issued_at           timestamptz NOT NULL,
    expires_at          timestamptz NOT NULL,
    issued_by           uuid NULL,
    FOREIGN KEY (programme_id, revision) REFERENCES voucher_programme_revisions (programme_id, revision),
    CHECK (expires_at > issued_at)
);
CREATE INDEX ix_vouchers_programme ON vouchers (programme_id, firm_org_id);
CREATE INDEX ix_vouchers_firm ON vouchers (firm_org_id, expires_at);
