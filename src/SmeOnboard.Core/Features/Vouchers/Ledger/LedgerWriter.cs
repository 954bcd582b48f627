using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Features.Vouchers.Ledger;

/// <summary>
/// Writes ledger transactions inside the caller's database transaction. Nothing else writes ledger rows, and it
/// refuses an unbalanced transaction, so the ledger as a whole always sums to zero per currency.
/// </summary>
public sealed class LedgerWriter(TimeProvider clock)
{
    public async Task<Guid> PostAsync(DbConnection connection, DbTransaction transaction, LedgerPosting posting, CancellationToken cancellationToken) =>
        (await PostAllAsync(connection, transaction, [posting], cancellationToken))[0];

    /// <summary>
    /// Several transactions, in order, in one command: one round trip, where each is time a checkout holds its
    /// programme's row lock. Their ids, in the same order.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> PostAllAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<LedgerPosting> postings,
        CancellationToken cancellationToken)
    {
        var batch = new SqlBatch();
        var ids = Add(batch, postings);
        await batch.ExecuteAsync(connection, transaction, cancellationToken);
        return ids;
    }

    /// <summary>
    /// Adds the transactions to the caller's batch, which writes them when it runs: one statement for their rows and
    /// one for all their lines, however many there are. Their ids, in order.
    /// </summary>
    public IReadOnlyList<Guid> Add(SqlBatch batch, IReadOnlyList<LedgerPosting> postings)
    {
        if (postings.FirstOrDefault(p => !p.IsBalanced) is { } unbalanced)
        {
            throw new InvalidOperationException($"Ledger transaction {unbalanced.Kind} does not balance: {string.Join(", ", unbalanced.Lines.Select(l => $"{l.Account} {l.AmountMinor} {l.Currency}"))}.");
        }
        var ids = postings.Select(_ => Guid.CreateVersion7()).ToList();
        var transactions = new List<KeyValuePair<string, object?>> { new("now", clock.GetUtcNow()) };
        var lines = new List<KeyValuePair<string, object?>>();
        var transactionRows = new List<string>();
        var lineRows = new List<string>();
        for (var t = 0; t < postings.Count; t++)
        {
            var posting = postings[t];
            transactions.AddRange([new($"id{t}", ids[t]), new($"k{t}", posting.Kind), new($"o{t}", posting.OrderId), new($"m{t}", posting.Memo), new($"u{t}", posting.UserId)]);
            transactionRows.Add($"(@id{t}, @k{t}, @o{t}, @m{t}, @now, @u{t})");
            lines.Add(new($"t{t}", ids[t]));
            for (var i = 0; i < posting.Lines.Count; i++)
            {
                var line = posting.Lines[i];
                var n = $"{t}_{i}";
                lines.AddRange([new($"a{n}", line.Account), new($"o{n}", line.OwnerId), new($"p{n}", line.ProgrammeId), new($"m{n}", line.AmountMinor), new($"c{n}", line.Currency)]);
                lineRows.Add($"(@t{t}, @a{n}, @o{n}, @p{n}, @m{n}, @c{n})");
            }
        }
        if (postings.Count > 0)
        {
            batch.Add($"INSERT INTO ledger_transactions (id, kind, order_id, memo, created_at, created_by) VALUES {string.Join(", ", transactionRows)}", transactions);
            batch.Add($"INSERT INTO ledger_entries (transaction_id, account, owner_id, programme_id, amount_minor, currency) VALUES {string.Join(", ", lineRows)}", lines);
        }
        return ids;
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
