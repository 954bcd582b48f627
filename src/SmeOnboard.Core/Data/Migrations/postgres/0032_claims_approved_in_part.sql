-- An officer may approve part of a claim (the evidence supports less than claimed): the amount paid out is kept beside
-- the amount claimed. Claims approved before were approved in full.
ALTER TABLE voucher_claims ADD COLUMN approved_minor bigint NULL CHECK (approved_minor > 0 AND approved_minor <= amount_minor);
UPDATE voucher_claims SET approved_minor = amount_minor WHERE status = 'Approved';
