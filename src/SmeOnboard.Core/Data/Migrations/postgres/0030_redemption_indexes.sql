-- A redemption sums a voucher's and a programme's ledger entries and counts the voucher's orders while it holds the
-- programme's row lock. Without an index on checkout_orders.voucher_id that count read every order; the ledger sums
-- read each entry's heap row for its amount. Both now read only an index.
CREATE INDEX ix_checkout_orders_voucher ON checkout_orders (voucher_id) WHERE voucher_id IS NOT NULL;
CREATE INDEX ix_voucher_claims_voucher ON voucher_claims (voucher_id);
DROP INDEX ix_ledger_entries_owner;
CREATE INDEX ix_ledger_entries_owner ON ledger_entries (owner_id, account) INCLUDE (amount_minor);
DROP INDEX ix_ledger_entries_programme;
CREATE INDEX ix_ledger_entries_programme ON ledger_entries (programme_id, account) INCLUDE (amount_minor);
