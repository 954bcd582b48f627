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
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO ledger_transactions (id, kind, order_id, memo, created_at, created_by) VALUES (@id, @Kind, @OrderId, @Memo, @now, @UserId)",
            new { id, posting.Kind, posting.OrderId, posting.Memo, now = clock.GetUtcNow(), posting.UserId }, transaction, cancellationToken: cancellationToken));
        // All lines in one statement: each round trip here is time a checkout holds its programme's row lock.
        var entries = new DynamicParameters(new { id });
        var rows = posting.Lines.Select((l, i) =>
        {
            entries.Add($"a{i}", l.Account);
            entries.Add($"o{i}", l.OwnerId);
            entries.Add($"p{i}", l.ProgrammeId);
            entries.Add($"m{i}", l.AmountMinor);
            entries.Add($"c{i}", l.Currency);
            return $"(@id, @a{i}, @o{i}, @p{i}, @m{i}, @c{i})";
        }).ToList();
        await connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO ledger_entries (transaction_id, account, owner_id, programme_id, amount_minor, currency) VALUES {string.Join(", ", rows)}",
            entries, transaction, cancellationToken: cancellationToken));
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
