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

    /// <summary>Adds the transactions to the caller's batch, which writes them when it runs; their ids, in order.</summary>
    public IReadOnlyList<Guid> Add(SqlBatch batch, IReadOnlyList<LedgerPosting> postings)
    {
        if (postings.FirstOrDefault(p => !p.IsBalanced) is { } unbalanced)
        {
            throw new InvalidOperationException($"Ledger transaction {unbalanced.Kind} does not balance: {string.Join(", ", unbalanced.Lines.Select(l => $"{l.Account} {l.AmountMinor} {l.Currency}"))}.");
        }
        var now = clock.GetUtcNow();
        var ids = new List<Guid>();
        foreach (var posting in postings)
        {
            var id = Guid.CreateVersion7();
            ids.Add(id);
            batch.Add("INSERT INTO ledger_transactions (id, kind, order_id, memo, created_at, created_by) VALUES (@id, @Kind, @OrderId, @Memo, @now, @UserId)",
                new { id, posting.Kind, posting.OrderId, posting.Memo, now, posting.UserId });
            var parameters = new List<KeyValuePair<string, object?>> { new("id", id) };
            var rows = posting.Lines.Select((l, i) =>
            {
                parameters.Add(new($"a{i}", l.Account));
                parameters.Add(new($"o{i}", l.OwnerId));
                parameters.Add(new($"p{i}", l.ProgrammeId));
                parameters.Add(new($"m{i}", l.AmountMinor));
                parameters.Add(new($"c{i}", l.Currency));
                return $"(@id, @a{i}, @o{i}, @p{i}, @m{i}, @c{i})";
            }).ToList();
            batch.Add($"INSERT INTO ledger_entries (transaction_id, account, owner_id, programme_id, amount_minor, currency) VALUES {string.Join(", ", rows)}", parameters);
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
