using System.Data.Common;
using Dapper;

namespace SmeOnboard.Core.Features.Vouchers.Ledger;

/// <summary>
/// Writes ledger transactions inside the caller's database transaction. Nothing else writes ledger rows, and it
/// refuses an unbalanced transaction, so the ledger as a whole always sums to zero per currency.
/// </summary>
public sealed class LedgerWriter(TimeProvider clock)
{
    public async Task<Guid> PostAsync(DbConnection connection, DbTransaction transaction, LedgerPosting posting, CancellationToken cancellationToken)
    {
        if (!posting.IsBalanced)
        {
            throw new InvalidOperationException($"Ledger transaction {posting.Kind} does not balance: {string.Join(", ", posting.Lines.Select(l => $"{l.Account} {l.AmountMinor} {l.Currency}"))}.");
        }
        var id = Guid.CreateVersion7();
        // The transaction and all its lines in one command, one round trip: each is time a checkout holds its programme's row lock.
        var parameters = new DynamicParameters(new { id, posting.Kind, posting.OrderId, posting.Memo, now = clock.GetUtcNow(), posting.UserId });
        var rows = posting.Lines.Select((l, i) =>
        {
            parameters.Add($"a{i}", l.Account);
            parameters.Add($"o{i}", l.OwnerId);
            parameters.Add($"p{i}", l.ProgrammeId);
            parameters.Add($"m{i}", l.AmountMinor);
            parameters.Add($"c{i}", l.Currency);
            return $"(@id, @a{i}, @o{i}, @p{i}, @m{i}, @c{i})";
        }).ToList();
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO ledger_transactions (id, kind, order_id, memo, created_at, created_by) VALUES (@id, @Kind, @OrderId, @Memo, @now, @UserId);
            INSERT INTO ledger_entries (transaction_id, account, owner_id, programme_id, amount_minor, currency) VALUES {string.Join(", ", rows)}
            """, parameters, transaction, cancellationToken: cancellationToken));
        return id;
    }

    /// <summary>Money put into (positive) or taken out of a programme's unallocated budget by its agency.</summary>
    public Task<Guid> FundProgrammeAsync(DbConnection connection, DbTransaction transaction, Guid programmeId, long amountMinor, string currency, string memo,
        Guid? userId, CancellationToken cancellationToken) =>
        PostAsync(connection, transaction, new LedgerPosting
        {
            Kind = "BudgetFunded", Memo = memo, UserId = userId,
            Lines =
            [
                new LedgerLine { Account = LedgerAccount.ProgrammeFunding, OwnerId = programmeId, ProgrammeId = programmeId, AmountMinor = -amountMinor, Currency = currency },
                new LedgerLine { Account = LedgerAccount.ProgrammeBudget, OwnerId = programmeId, ProgrammeId = programmeId, AmountMinor = amountMinor, Currency = currency },
            ],
        }, cancellationToken);
}
