using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Vouchers.Reports;

/// <summary>
/// Reads a programme's report for an officer of the agency that runs it; another agency's programme is not found.
/// Money comes from the ledger's entries (never from a stored number), counts from applications and vouchers.
/// </summary>
public sealed class ProgrammeReportStore(IDbConnectionFactory db, ICurrentActor actor, TimeProvider clock)
{
    private const string VoucherMoney = $"'{LedgerAccount.ProgrammeFunding}', '{LedgerAccount.ProgrammeBudget}', '{LedgerAccount.Voucher}', " +
        $"'{LedgerAccount.VoucherHold}', '{LedgerAccount.VoucherSpent}'";

    private const string SpentPerVoucher =
        $"SELECT le.owner_id, SUM(le.amount_minor) AS spent_minor FROM ledger_entries le WHERE le.programme_id = @id AND le.account = '{LedgerAccount.VoucherSpent}' GROUP BY le.owner_id";

    private const string SpentPerOrder =
        $"""
        SELECT t.order_id, SUM(le.amount_minor) AS spent_minor FROM ledger_entries le JOIN ledger_transactions t ON t.id = le.transaction_id
        WHERE le.programme_id = @id AND le.account = '{LedgerAccount.VoucherSpent}' GROUP BY t.order_id
        """;

    public async Task<ProgrammeReport?> ReadAsync(Guid programmeId, CancellationToken cancellationToken = default)
    {
        var orgId = RequireOfficer();
        await using var connection = await db.OpenAsync(cancellationToken);
        var header = await connection.QuerySingleOrDefaultAsync<ReportRows.ProgrammeHeader>(new CommandDefinition(
            """
            SELECT p.id, p.status, p.currency, r.name_en, r.name_zh FROM voucher_programmes p
            JOIN voucher_programme_revisions r ON r.programme_id = p.id AND r.revision = p.current_revision
            WHERE p.id = @programmeId AND p.org_id = @orgId
            """, new { programmeId, orgId }, cancellationToken: cancellationToken));
        if (header is null)
        {
            return null;
        }
        var rows = new ReportRows
        {
            Header = header, AsOf = clock.GetUtcNow(),
            Accounts = await ListAsync<ReportRows.AccountSum>(connection,
                $"SELECT le.account, SUM(le.amount_minor) AS amount_minor FROM ledger_entries le WHERE le.programme_id = @id AND le.account IN ({VoucherMoney}) GROUP BY le.account",
                programmeId, cancellationToken),
            Applications = await ListAsync<ReportRows.StatusCount>(connection,
                "SELECT a.status, COUNT(*) AS count FROM voucher_applications a WHERE a.programme_id = @id GROUP BY a.status", programmeId, cancellationToken),
            Vouchers = await ListAsync<ReportRows.VoucherRow>(connection,
                $"""
                SELECT v.id, v.firm_org_id, v.issued_at, v.expires_at, o.region, o.industry_code, o.headcount_band, COALESCE(s.spent_minor, 0) AS spent_minor
                FROM vouchers v JOIN organisations o ON o.id = v.firm_org_id LEFT JOIN ({SpentPerVoucher}) s ON s.owner_id = v.id
                WHERE v.programme_id = @id
                """, programmeId, cancellationToken),
            Orders = await ListAsync<ReportRows.OrderRow>(connection,
                $"""
                SELECT o.id AS order_id, a.category, o.vendor_org_id, vo.name AS vendor_name, s.spent_minor,
                       o.price_minor - COALESCE(r.card_minor, 0) - COALESCE(r.voucher_minor, 0) AS net_price_minor
                FROM ({SpentPerOrder}) s
                JOIN checkout_orders o ON o.id = s.order_id
                JOIN marketplace_apps a ON a.id = o.app_id
                JOIN organisations vo ON vo.id = o.vendor_org_id
                LEFT JOIN (SELECT rf.order_id, SUM(rf.card_minor) AS card_minor, SUM(rf.voucher_minor) AS voucher_minor FROM checkout_refunds rf
                           JOIN checkout_orders ro ON ro.id = rf.order_id WHERE ro.programme_id = @id GROUP BY rf.order_id) r ON r.order_id = o.id
                """, programmeId, cancellationToken),
            Assessments = await ListAsync<ReportRows.AssessmentRow>(connection,
                """
                SELECT m.org_id, m.taken_at, m.level FROM maturity_assessments m
                WHERE m.org_id IN (SELECT v.firm_org_id FROM vouchers v WHERE v.programme_id = @id)
                ORDER BY m.org_id, m.taken_at
                """, programmeId, cancellationToken),
        };
        return ProgrammeReportBuilder.Build(rows);
    }

    private static async Task<IReadOnlyList<T>> ListAsync<T>(DbConnection connection, string sql, Guid id, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<T>(new CommandDefinition(sql, new { id }, cancellationToken: cancellationToken))).AsList();

    private Guid RequireOfficer()
    {
        var orgId = actor.RequireOrganisationId();
        if (actor.OrganisationKind != OrganisationKind.Government || !actor.IsInRole(Roles.GovOfficer))
        {
            throw new UnauthorizedAccessException("Only government officers read programme reports.");
        }
        return orgId;
    }
}
