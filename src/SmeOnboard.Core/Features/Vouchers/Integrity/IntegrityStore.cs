using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>
/// The integrity work of a government officer on one of the agency's programmes: flags computed from the data, spot
/// checks and satisfaction questions on orders, claw-backs of vouchers and suspensions of vendors. Another agency's
/// programme is not found; every action is in the audit log, in the same transaction as the change.
/// </summary>
public sealed partial class IntegrityStore(IDbConnectionFactory db, ICurrentActor actor, AuditLog audit, LedgerWriter ledger, IOptions<IntegrityOptions> options, TimeProvider clock)
{
    public static readonly FieldError NotFound = new("", "Errors.Programme.NotFound", "There is no such programme.");

    public const int MaxReasonLength = 500;

    /// <summary>Every flag of the programme, relationships first; null when the programme is not the agency's.</summary>
    public async Task<IReadOnlyList<IntegrityFlag>?> ListFlagsAsync(Guid programmeId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        if (!await OwnsAsync(connection, null, programmeId, cancellationToken))
        {
            return null;
        }
        return
        [
            .. await RelationshipFlags.FindAsync(connection, programmeId, cancellationToken),
            .. await PriceRiseFlags.FindAsync(connection, programmeId, options.Value, cancellationToken),
            .. await VelocityFlags.FindAsync(connection, programmeId, options.Value, cancellationToken),
        ];
    }

    /// <summary>The orders that used the programme's vouchers, newest first.</summary>
    public async Task<IReadOnlyList<IntegrityOrder>> ListOrdersAsync(Guid programmeId, CancellationToken cancellationToken = default) =>
        await db.QueryListAsync<IntegrityOrder>(
            $"{IntegrityOrder.Select} WHERE o.programme_id = @programmeId AND p.org_id = @orgId ORDER BY o.created_at DESC, o.id LIMIT 500",
            new { programmeId, orgId = RequireOfficer() }, cancellationToken);

    public async Task<IReadOnlyList<ProgrammeVoucherRow>> ListVouchersAsync(Guid programmeId, CancellationToken cancellationToken = default) =>
        await db.QueryListAsync<ProgrammeVoucherRow>(
            $"""
            SELECT v.id, v.code, v.firm_org_id, f.name AS firm_name, v.face_minor, v.currency, v.expires_at,
                   {LedgerSql.Balance(LedgerAccount.Voucher, "v.id")} AS balance_minor,
                   {LedgerSql.Balance(LedgerAccount.VoucherHold, "v.id")} AS held_minor,
                   {LedgerSql.Balance(LedgerAccount.VoucherSpent, "v.id")} AS spent_minor,
                   c.created_at AS clawed_back_at, c.amount_minor AS clawed_back_minor, c.reason AS clawback_reason
            FROM vouchers v JOIN voucher_programmes p ON p.id = v.programme_id JOIN organisations f ON f.id = v.firm_org_id
            LEFT JOIN voucher_clawbacks c ON c.voucher_id = v.id
            WHERE v.programme_id = @programmeId AND p.org_id = @orgId ORDER BY v.issued_at DESC, v.id LIMIT 1000
            """, new { programmeId, orgId = RequireOfficer() }, cancellationToken);

    /// <summary>Vendors with apps in the catalogue or suspended from the programme, most voucher orders first.</summary>
    public async Task<IReadOnlyList<ProgrammeVendor>> ListVendorsAsync(Guid programmeId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        if (!await OwnsAsync(connection, null, programmeId, cancellationToken))
        {
            return [];
        }
        var rows = await connection.QueryAsync<ProgrammeVendor>(new CommandDefinition(
            """
            SELECT o.id, o.name, s.suspended_at, s.reason AS suspension_reason,
                   (SELECT COUNT(*) FROM checkout_orders co WHERE co.vendor_org_id = o.id AND co.programme_id = @programmeId AND co.status IN ('AwaitingPayment', 'Paid')) AS voucher_orders
            FROM organisations o LEFT JOIN programme_vendor_suspensions s ON s.vendor_org_id = o.id AND s.programme_id = @programmeId
            WHERE o.kind = 'Vendor' AND (s.vendor_org_id IS NOT NULL OR EXISTS (SELECT 1 FROM marketplace_apps a WHERE a.vendor_org_id = o.id))
            """, new { programmeId }, cancellationToken: cancellationToken));
        return rows.OrderByDescending(v => v.VoucherOrders).ThenBy(v => v.Name, StringComparer.CurrentCulture).ToList();
    }

    public async Task<IReadOnlyList<SatisfactionQuestion>> ListQuestionsAsync(Guid programmeId, CancellationToken cancellationToken = default) =>
        await db.QueryListAsync<SatisfactionQuestion>(
            $"{SatisfactionQuestion.Select} WHERE q.programme_id = @programmeId AND p.org_id = @orgId ORDER BY q.asked_at DESC, q.id",
            new { programmeId, orgId = RequireOfficer() }, cancellationToken);

    private async Task<bool> OwnsAsync(DbConnection connection, DbTransaction? transaction, Guid programmeId, CancellationToken cancellationToken)
    {
        var orgId = RequireOfficer();
        // Inside a transaction the programme row is locked first, in the order checkout takes its locks.
        var lockRow = transaction is null || db.Dialect.ForUpdate.Length == 0 ? "" : "FOR UPDATE";
        var found = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            $"SELECT id FROM voucher_programmes WHERE id = @programmeId AND org_id = @orgId {lockRow}",
            new { programmeId, orgId }, transaction, cancellationToken: cancellationToken));
        return found is not null;
    }

    private static FieldError? Reason(string reason) => reason.Length is 0 or > MaxReasonLength
        ? new FieldError("Reason", "Errors.Integrity.Reason", $"Say why in 1 to {MaxReasonLength} characters.")
        : null;

    private Guid RequireOfficer()
    {
        var orgId = actor.RequireOrganisationId();
        if (actor.OrganisationKind != OrganisationKind.Government || !actor.IsInRole(Roles.GovOfficer))
        {
            throw new UnauthorizedAccessException("Only government officers look after the integrity of voucher programmes.");
        }
        return orgId;
    }
}
