using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Vouchers.Ledger;

namespace SmeOnboard.Core.Features.Vouchers.Integrity;

public sealed partial class IntegrityStore
{
    /// <summary>
    /// Takes a voucher back: its free balance returns to the programme's budget as one ledger transaction and the
    /// voucher pays for nothing afterwards. What paid orders spent stays spent. While an order holds part of the
    /// voucher for a card payment, or a filed reimbursement claim holds part of it, the claw-back is refused: the hold
    /// settles or returns (the order within the hold time, the claim by the officer's decision), and then the claw-back
    /// takes whatever came back.
    /// </summary>
    public async Task<Result<ProgrammeVoucherRow>> ClawBackAsync(Guid programmeId, Guid voucherId, string reason, CancellationToken cancellationToken = default)
    {
        reason = reason.Trim();
        if (Reason(reason) is { } invalid)
        {
            return invalid;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await OwnsAsync(connection, transaction, programmeId, cancellationToken))
        {
            return NotFound;
        }
        var voucher = await connection.QuerySingleOrDefaultAsync<Voucher>(new CommandDefinition(
            $"SELECT {Voucher.Columns} FROM vouchers v WHERE v.id = @voucherId AND v.programme_id = @programmeId {db.Dialect.ForUpdate}",
            new { voucherId, programmeId }, transaction, cancellationToken: cancellationToken));
        if (voucher is null)
        {
            return new FieldError("", "Errors.Integrity.VoucherNotFound", "There is no such voucher in this programme.");
        }
        var state = await connection.QuerySingleAsync<(long ClawedBack, long Waiting)>(new CommandDefinition(
            """
            SELECT (SELECT COUNT(*) FROM voucher_clawbacks WHERE voucher_id = @voucherId),
                   (SELECT COUNT(*) FROM checkout_orders WHERE voucher_id = @voucherId AND status = 'AwaitingPayment')
                   + (SELECT COUNT(*) FROM voucher_claims WHERE voucher_id = @voucherId AND status = @filed)
            """, new { voucherId, filed = Claims.ClaimStatus.Filed }, transaction, cancellationToken: cancellationToken));
        if (state.ClawedBack > 0)
        {
            return new FieldError("", "Errors.Integrity.AlreadyClawedBack", "This voucher was already clawed back.");
        }
        if (state.Waiting > 0)
        {
            return new FieldError("", "Errors.Integrity.VoucherHeld",
                "An order waiting for a card payment or a claim waiting for the officer holds part of this voucher; claw back once it is settled.");
        }
        if (voucher.BalanceMinor > 0)
        {
            await ledger.PostAsync(connection, transaction, new LedgerPosting
            {
                Kind = "VoucherClawedBack", Memo = $"Voucher {voucher.Code} clawed back: {reason}", UserId = actor.UserId,
                Lines =
                [
                    new LedgerLine { Account = LedgerAccount.Voucher, OwnerId = voucher.Id, ProgrammeId = programmeId, AmountMinor = -voucher.BalanceMinor, Currency = voucher.Currency },
                    new LedgerLine { Account = LedgerAccount.ProgrammeBudget, OwnerId = programmeId, ProgrammeId = programmeId, AmountMinor = voucher.BalanceMinor, Currency = voucher.Currency },
                ],
            }, cancellationToken);
        }
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO voucher_clawbacks (voucher_id, programme_id, amount_minor, currency, reason, created_at, created_by)
            VALUES (@voucherId, @programmeId, @BalanceMinor, @Currency, @reason, @now, @userId)
            """, new { voucherId, programmeId, voucher.BalanceMinor, voucher.Currency, reason, now = clock.GetUtcNow(), userId = actor.UserId },
            transaction, cancellationToken: cancellationToken));
        var summary = $"Voucher {voucher.Code} clawed back: {Money.Format(voucher.BalanceMinor, voucher.Currency)} returned to the programme's budget. {reason}";
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.voucher-clawed-back", "Voucher", voucherId.ToString(), summary));
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.voucher-clawed-back", "Voucher", voucherId.ToString(), summary, voucher.FirmOrgId));
        await transaction.CommitAsync(cancellationToken);
        return (await ListVouchersAsync(programmeId, cancellationToken)).Single(v => v.Id == voucherId);
    }
}
