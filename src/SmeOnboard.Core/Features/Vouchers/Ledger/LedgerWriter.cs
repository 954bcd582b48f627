using System.Data.Common;
using Dapper;

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
        if (postings.FirstOrDefault(p => !p.IsBalanced) is { } unbalanced)
        {
            throw new InvalidOperationException($"Ledger transaction {unbalanced.Kind} does not balance: {string.Join(", ", unbalanced.Lines.Select(l => $"{l.Account} {l.AmountMinor} {l.Currency}"))}.");
        }
        var parameters = new DynamicParameters(new { now = clock.GetUtcNow() });
        var ids = postings.Select(_ => Guid.CreateVersion7()).ToList();
        var statements = postings.Select((posting, t) =>
        {
            parameters.Add($"id{t}", ids[t]);
            parameters.Add($"k{t}", posting.Kind);
            parameters.Add($"r{t}", posting.OrderId);
            parameters.Add($"n{t}", posting.Memo);
            parameters.Add($"u{t}", posting.UserId);
            var rows = posting.Lines.Select((l, i) =>
            {
                parameters.Add($"a{t}_{i}", l.Account);
                parameters.Add($"o{t}_{i}", l.OwnerId);
                parameters.Add($"p{t}_{i}", l.ProgrammeId);
                parameters.Add($"m{t}_{i}", l.AmountMinor);
                parameters.Add($"c{t}_{i}", l.Currency);
                return $"(@id{t}, @a{t}_{i}, @o{t}_{i}, @p{t}_{i}, @m{t}_{i}, @c{t}_{i})";
            });
            return $"""
                INSERT INTO ledger_transactions (id, kind, order_id, memo, created_at, created_by) VALUES (@id{t}, @k{t}, @r{t}, @n{t}, @now, @u{t});
                INSERT INTO ledger_entries (transaction_id, account, owner_id, programme_id, amount_minor, currency) VALUES {string.Join(", ", rows)};
                """;
        }).ToList();
        await connection.ExecuteAsync(new CommandDefinition(string.Join("\n", statements), parameters, transaction, cancellationToken: cancellationToken));
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
