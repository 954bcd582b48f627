-- A redemption sums a voucher's and a programme's ledger entries and counts the voucher's orders while it holds the
-- write lock. Without an index on checkout_orders.voucher_id that count read every order; the ledger sums read each
-- entry's row for its amount. Both now read only an index (SQLite has no INCLUDE: the amount is the last key column).
CREATE INDEX ix_checkout_orders_voucher ON checkout_orders (voucher_id) WHERE voucher_id IS NOT NULL;
CREATE INDEX ix_voucher_claims_voucher ON voucher_claims (voucher_id);
DROP INDEX ix_ledger_entries_owner;
CREATE INDEX ix_ledger_entries_owner ON ledger_entries (owner_id, account, amount_minor);
DROP INDEX ix_ledger_entries_programme;
CREATE INDEX ix_ledger_entries_programme ON ledger_entries (programme_id, account, amount_minor);
