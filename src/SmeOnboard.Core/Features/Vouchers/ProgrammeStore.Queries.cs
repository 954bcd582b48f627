using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Features.Vouchers;

public sealed partial class ProgrammeStore
{
    /// <summary>The agency's programmes, newest first.</summary>
    public async Task<IReadOnlyList<VoucherProgramme>> ListAsync(CancellationToken cancellationToken = default)
    {
        var orgId = RequireOfficer();
        var rows = await db.QueryListAsync<ProgrammeRow>(
            $"{ProgrammeRow.Select} WHERE p.org_id = @orgId ORDER BY p.created_at DESC, p.id", new { orgId }, cancellationToken);
        return rows.Select(r => r.ToProgramme()).ToList();
    }

    /// <summary>One of the agency's programmes; null for an unknown id and for another agency's programme alike.</summary>
    public async Task<VoucherProgramme?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var orgId = RequireOfficer();
        await using var connection = await db.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, id, orgId, cancellationToken);
    }

    public async Task<IReadOnlyList<BudgetEntry>> ListBudgetEntriesAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var orgId = RequireOfficer();
        return await db.QueryListAsync<BudgetEntry>(
            """
            SELECT b.id, b.programme_id, b.kind, b.amount_minor, b.currency, b.note, b.created_at, u.display_name AS created_by_name
            FROM voucher_budget_entries b JOIN voucher_programmes p ON p.id = b.programme_id LEFT JOIN users u ON u.id = b.created_by
            WHERE b.programme_id = @id AND p.org_id = @orgId ORDER BY b.created_at, b.id
            """, new { id, orgId }, cancellationToken);
    }

    public async Task<IReadOnlyList<ProgrammeRevision>> ListRevisionsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var orgId = RequireOfficer();
        var rows = await db.QueryListAsync<RevisionRow>(
            """
            SELECT r.programme_id, r.revision, r.name_en, r.name_zh, r.created_at, r.rules
            FROM voucher_programme_revisions r JOIN voucher_programmes p ON p.id = r.programme_id
            WHERE r.programme_id = @id AND p.org_id = @orgId ORDER BY r.revision
            """, new { id, orgId }, cancellationToken);
        return rows.Select(r => new ProgrammeRevision
        {
            ProgrammeId = r.ProgrammeId, Revision = r.Revision, NameEn = r.NameEn, NameZh = r.NameZh, CreatedAt = r.CreatedAt,
            Rules = ProgrammeRulesJson.Read(r.Rules),
        }).ToList();
    }

    private async Task<VoucherProgramme?> FindAsync(DbConnection connection, DbTransaction? transaction, Guid id, Guid orgId, CancellationToken cancellationToken)
    {
        // Locks the programme row on PostgreSQL when inside a transaction, so status moves and top-ups queue up.
        var row = await connection.QuerySingleOrDefaultAsync<ProgrammeRow>(new CommandDefinition(
            $"{ProgrammeRow.Select} WHERE p.id = @id AND p.org_id = @orgId {(transaction is null || db.Dialect.ForUpdate.Length == 0 ? "" : "FOR UPDATE OF p")}",
            new { id, orgId }, transaction, cancellationToken: cancellationToken));
        return row?.ToProgramme();
    }

    private sealed class RevisionRow
    {
        public Guid ProgrammeId { get; init; }
        public int Revision { get; init; }
        public string NameEn { get; init; } = "";
        public string NameZh { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
        public string Rules { get; init; } = "";
    }
}
